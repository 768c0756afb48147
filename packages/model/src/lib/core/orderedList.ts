import * as Y from 'yjs';
import { forEachChildMap, readString } from './boardMaps.js';
import { createId, type ModelEnv } from './ModelEnv.js';
import { ModelError } from './ModelError.js';
import { compareOrdered, initialOrderKeys, orderKeyBetween } from './orderKeys.js';

/**
 * Lists inside an entry that several people edit at once (a competitor's strengths, a goal's key
 * results, a persona's pains and quotes) are stored as Y.Map<entryId, Y.Map> with a fractional
 * `order` key in each entry, not as a Y.Array: two people adding at once both keep their entry,
 * two people changing different fields of one entry both keep their change, a delete wins over a
 * concurrent edit, and a move is one key write rather than a delete plus an insert that a
 * concurrent edit would duplicate. Entries sort by (order, id) like every ordered thing in Cairn.
 */

/** Field of a list entry's Y.Map holding its fractional order key. */
export const LIST_ORDER_FIELD = 'order';

/** Field of a text-list entry's Y.Map holding its text. */
export const LIST_TEXT_FIELD = 'text';

/** An entry of an ordered list, with its Y.Map. */
export interface ListEntry {
  readonly id: string;
  readonly order: string;
  readonly map: Y.Map<unknown>;
}

/** The Y.Map list stored under `field` of `owner`, or undefined when absent or foreign. */
export function listOf(owner: Y.Map<unknown>, field: string): Y.Map<unknown> | undefined {
  const list = owner.get(field);
  return list instanceof Y.Map ? list : undefined;
}

/** The entries of the list under `field`, sorted by (order, id); non-maps are skipped. */
export function readListEntries(owner: Y.Map<unknown>, field: string): ListEntry[] {
  const list = listOf(owner, field);
  if (!list) return [];
  const entries: ListEntry[] = [];
  forEachChildMap(list, (map, id) => {
    entries.push({ id, order: readString(map, LIST_ORDER_FIELD), map });
  });
  return entries.sort(compareOrdered);
}

/** The texts of a text list, in order; entries whose text is not a string read as ''. */
export function readTextList(owner: Y.Map<unknown>, field: string): string[] {
  return readListEntries(owner, field).map((entry) => readString(entry.map, LIST_TEXT_FIELD));
}

/** The list under `field`, created empty when missing (call inside the caller's transaction). */
export function ensureList(owner: Y.Map<unknown>, field: string): Y.Map<unknown> {
  const existing = listOf(owner, field);
  if (existing) return existing;
  const list = new Y.Map<unknown>();
  owner.set(field, list);
  return list;
}

/** A key after the last entry of the list (for appending). */
export function keyAtEnd(entries: readonly ListEntry[], env: ModelEnv): string {
  const last = entries[entries.length - 1]?.order ?? null;
  try {
    return orderKeyBetween(last, null, env);
  } catch {
    // A foreign client stored a key fractional-indexing rejects; start a fresh run after it.
    return orderKeyBetween(null, null, env);
  }
}

/**
 * The entry `id` of the list under `field`, or ModelError('not-found'): "No <what> "<id>"
 * <where>.", e.g. what 'quote', where 'on this persona'.
 */
export function requireListEntry(
  owner: Y.Map<unknown>,
  field: string,
  id: string,
  what: string,
  where: string,
): Y.Map<unknown> {
  const entry = listOf(owner, field)?.get(id);
  if (!(entry instanceof Y.Map)) {
    throw new ModelError('not-found', `No ${what} ${JSON.stringify(id)} ${where}.`);
  }
  return entry as Y.Map<unknown>;
}

/** A new entry, checked for room and keyed, to append inside the caller's transaction. */
export interface PlannedAppend {
  readonly id: string;
  /** Creates the entry's Y.Map at the end of the list (creating the list if needed). */
  append(): Y.Map<unknown>;
}

/**
 * Plans appending one entry to the list under `field`: refuses with ModelError('invalid') and
 * `tooMany` when the list already holds `limit` entries, before anything is written.
 */
export function planAppend(
  owner: Y.Map<unknown>,
  field: string,
  limit: number,
  tooMany: string,
  env: ModelEnv,
): PlannedAppend {
  const existing = readListEntries(owner, field);
  if (existing.length >= limit) throw new ModelError('invalid', tooMany);
  const id = createId(env);
  const order = keyAtEnd(existing, env);
  return {
    id,
    append: () => {
      const entry = new Y.Map<unknown>();
      ensureList(owner, field).set(id, entry);
      entry.set(LIST_ORDER_FIELD, order);
      return entry;
    },
  };
}

/** What one desired entry of a reconciled list is: an existing entry to keep, or a new one. */
export type DesiredEntry<Fields> =
  | { readonly existingId: string; readonly fields: Fields | null }
  | { readonly existingId: null; readonly fields: Fields };

/**
 * Makes the list under `field` hold exactly `desired`, in that order, changing as little as it
 * can (call inside the caller's transaction): entries not named are deleted, named entries are
 * updated by `write` (when they have fields), new entries are created with `createId`. Kept
 * entries keep their order keys when they already run in the desired order, so a concurrent
 * insert by someone else stays where they put it; otherwise the whole list is re-keyed. Entries
 * added concurrently by others are not named here, so they survive, as tags do.
 */
export function reconcileList<Fields>(
  owner: Y.Map<unknown>,
  field: string,
  desired: readonly DesiredEntry<Fields>[],
  write: (entry: Y.Map<unknown>, fields: Fields) => void,
  newId: () => string,
  env: ModelEnv,
): void {
  const list = ensureList(owner, field);
  const current = readListEntries(owner, field);
  const kept = new Set(
    desired.flatMap((entry) => (entry.existingId === null ? [] : [entry.existingId])),
  );
  for (const entry of current) if (!kept.has(entry.id)) list.delete(entry.id);
  const currentKey = new Map(current.map((entry) => [entry.id, entry.order]));
  const keptKeys = desired.flatMap((entry) =>
    entry.existingId === null ? [] : [currentKey.get(entry.existingId) ?? ''],
  );
  const inOrder = keptKeys.every((key, index) => index === 0 || (keptKeys[index - 1] ?? '') < key);
  const keys =
    (inOrder && keysKeepingOrder(desired, currentKey, env)) || initialOrderKeys(desired.length);
  desired.forEach((entry, index) => {
    const key = keys[index] as string;
    let map = entry.existingId === null ? undefined : list.get(entry.existingId);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<unknown>();
      list.set(entry.existingId ?? newId(), map);
    }
    const entryMap = map as Y.Map<unknown>;
    if (entryMap.get(LIST_ORDER_FIELD) !== key) entryMap.set(LIST_ORDER_FIELD, key);
    if (entry.fields !== null) write(entryMap, entry.fields);
  });
}

/**
 * Keys for `desired` that keep every kept entry's key and fit new ones between their neighbours,
 * or null when a kept key is one fractional-indexing rejects (a foreign client's), so the caller
 * re-keys the whole list instead.
 */
function keysKeepingOrder<Fields>(
  desired: readonly DesiredEntry<Fields>[],
  currentKey: ReadonlyMap<string, string>,
  env: ModelEnv,
): string[] | null {
  const keys: (string | null)[] = desired.map((entry) =>
    entry.existingId === null ? null : (currentKey.get(entry.existingId) ?? null),
  );
  let previous: string | null = null;
  try {
    return keys.map((key, index) => {
      if (key !== null) {
        previous = key;
        return key;
      }
      const next = keys.slice(index + 1).find((candidate) => candidate !== null) ?? null;
      const fresh = orderKeyBetween(previous, next, env);
      previous = fresh;
      return fresh;
    });
  } catch {
    return null;
  }
}

/**
 * The desired entries for a text list written whole (REST, or a form): each text keeps the
 * existing entry with the same text (first unused match), so an unchanged entry is not
 * rewritten and an entry someone else edits concurrently is not duplicated.
 */
export function matchTextList(
  owner: Y.Map<unknown>,
  field: string,
  texts: readonly string[],
): DesiredEntry<string>[] {
  const unused = readListEntries(owner, field).map((entry) => ({
    id: entry.id,
    text: readString(entry.map, LIST_TEXT_FIELD),
  }));
  return texts.map((text) => {
    const match = unused.findIndex((entry) => entry.text === text);
    if (match === -1) return { existingId: null, fields: text };
    const [entry] = unused.splice(match, 1);
    return { existingId: (entry as { id: string }).id, fields: null };
  });
}

/** Writes a text-list entry's text (the `write` of reconcileList for text lists). */
export function writeListText(entry: Y.Map<unknown>, text: string): void {
  entry.set(LIST_TEXT_FIELD, text);
}
