import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { ModelEnv } from './ModelEnv.js';

/**
 * How many candidate keys a new key is drawn from. Two people dropping an item into the same gap
 * at once would otherwise compute the same key; with jitter they usually differ, and when they
 * do not, the id tie-break still gives every replica the same order.
 */
const JITTER_CHOICES = 8;

/** Something ordered by a fractional key with its id as the tie-breaker. */
export interface OrderedEntry {
  readonly id: string;
  readonly order: string;
}

/** Total order used everywhere: by key as raw strings (never locale-aware), then by id. */
export function compareOrdered(a: OrderedEntry, b: OrderedEntry): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** A key strictly between `lo` and `hi` (null for open ends), jittered by `env.random`. */
export function orderKeyBetween(lo: string | null, hi: string | null, env: ModelEnv): string {
  const candidates = generateNKeysBetween(lo, hi, JITTER_CHOICES);
  const pick = Math.min(JITTER_CHOICES - 1, Math.floor(env.random() * JITTER_CHOICES));
  return candidates[pick] ?? generateKeyBetween(lo, hi);
}

/** `count` ascending keys for a fresh list (lanes and horizons of a new board). */
export function initialOrderKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/** The key for a new entry, and any siblings that had to be re-keyed to make room. */
export interface Slot {
  readonly order: string;
  /** New keys for siblings, by id; empty unless siblings shared a key. */
  readonly rekeyed: ReadonlyMap<string, string>;
}

/** True for null (an open end) and for keys fractional-indexing can build on. */
function isUsableBound(key: string | null): boolean {
  if (key === null) return true;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** Fresh keys for every sibling, in its current order, with the new entry at `at`. */
function rekeyAll(siblings: readonly OrderedEntry[], at: number): Slot {
  const keys = generateNKeysBetween(null, null, siblings.length + 1);
  const rekeyed = new Map<string, string>();
  siblings.forEach((sibling, i) => rekeyed.set(sibling.id, keys[i < at ? i : i + 1] as string));
  return { order: keys[at] as string, rekeyed };
}

/**
 * The key that puts a new entry at `index` among `siblings` (sorted by `compareOrdered`, without
 * the entry itself). Concurrent inserts can leave siblings with equal keys; no key fits strictly
 * between two equal keys, so the run of equal keys is re-keyed in its current order. A neighbour
 * whose key fractional-indexing rejects gets the whole list re-keyed in its current order
 * instead: '' for an item whose placement is missing (a replica that received updates out of
 * order can apply the delete of the old placement before the write of the new one), or anything
 * a foreign client stored.
 */
export function slotAt(siblings: readonly OrderedEntry[], index: number, env: ModelEnv): Slot {
  const at = Math.max(0, Math.min(index, siblings.length));
  const lo = siblings[at - 1]?.order ?? null;
  const hi = siblings[at]?.order ?? null;
  if (!isUsableBound(lo) || !isUsableBound(hi)) return rekeyAll(siblings, at);
  if (lo === null || hi === null || lo < hi) {
    return { order: orderKeyBetween(lo, hi, env), rekeyed: new Map() };
  }
  let start = at - 1;
  while (start > 0 && siblings[start - 1]?.order === lo) start--;
  let end = at;
  while (end < siblings.length - 1 && siblings[end + 1]?.order === lo) end++;
  const before = siblings[start - 1]?.order ?? null;
  const after = siblings[end + 1]?.order ?? null;
  if (!isUsableBound(before) || !isUsableBound(after)) return rekeyAll(siblings, at);
  const keys = generateNKeysBetween(before, after, end - start + 2);
  const rekeyed = new Map<string, string>();
  let next = 0;
  let order = '';
  for (let i = start; i <= end + 1; i++) {
    const key = keys[next++] as string;
    if (i === at) order = key;
    const sibling = siblings[i < at ? i : i - 1];
    if (i !== at && sibling) rekeyed.set(sibling.id, key);
  }
  return { order, rekeyed };
}
