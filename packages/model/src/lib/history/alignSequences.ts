/** A run of `fromLength` elements of the old sequence replaced by `toLength` of the new one. */
export interface Hunk {
  readonly from: number;
  readonly fromLength: number;
  readonly to: number;
  readonly toLength: number;
}

/**
 * How deep the anchor search recurses. Each level only splits a region around anchors found in
 * it; past this depth the remaining region is replaced whole (correct, only less economical).
 */
const MAX_DEPTH = 32;

/** Indices of the longest increasing run of `values` (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1] as number;
    tails[lo] = index;
  });
  const chain: number[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] as number) {
    chain.push(index);
  }
  return chain.reverse();
}

/** Positions (within the ranges) of elements that occur exactly once in each range. */
function uniqueCommon(
  a: readonly string[],
  [aLo, aHi]: readonly [number, number],
  b: readonly string[],
  [bLo, bHi]: readonly [number, number],
): { readonly inA: number; readonly inB: number }[] {
  const seen = new Map<string, { a: number; b: number; inA: number; inB: number }>();
  for (let i = aLo; i < aHi; i++) {
    const key = a[i] as string;
    const entry = seen.get(key) ?? { a: 0, b: 0, inA: i, inB: -1 };
    entry.a++;
    seen.set(key, entry);
  }
  for (let j = bLo; j < bHi; j++) {
    const entry = seen.get(b[j] as string);
    if (!entry) continue;
    entry.b++;
    entry.inB = j;
  }
  return [...seen.values()]
    .filter((entry) => entry.a === 1 && entry.b === 1)
    .map(({ inA, inB }) => ({ inA, inB }))
    .sort((x, y) => x.inA - y.inA);
}

function align(
  a: readonly string[],
  aRange: readonly [number, number],
  b: readonly string[],
  bRange: readonly [number, number],
  depth: number,
  out: Hunk[],
): void {
  let [aLo, aHi] = aRange;
  let [bLo, bHi] = bRange;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  if (aLo === aHi && bLo === bHi) return;
  const whole = { from: aLo, fromLength: aHi - aLo, to: bLo, toLength: bHi - bLo };
  if (aLo === aHi || bLo === bHi || depth >= MAX_DEPTH) {
    out.push(whole);
    return;
  }
  const common = uniqueCommon(a, [aLo, aHi], b, [bLo, bHi]);
  const anchors = longestIncreasing(common.map((pair) => pair.inB)).map(
    (index) => common[index] as { inA: number; inB: number },
  );
  if (anchors.length === 0) {
    out.push(whole);
    return;
  }
  let previousA = aLo;
  let previousB = bLo;
  for (const { inA, inB } of anchors) {
    align(a, [previousA, inA], b, [previousB, inB], depth + 1, out);
    previousA = inA + 1;
    previousB = inB + 1;
  }
  align(a, [previousA, aHi], b, [previousB, bHi], depth + 1, out);
}

/**
 * The runs where `b` differs from `a`, in order, as a patience diff finds them: common prefix and
 * suffix first, then elements unique to both sides as anchors, recursively. Elements are
 * compared as strings (fingerprints). O(n log n) per level; never more than MAX_DEPTH levels.
 */
export function alignSequences(a: readonly string[], b: readonly string[]): Hunk[] {
  const out: Hunk[] = [];
  align(a, [0, a.length], b, [0, b.length], 0, out);
  return out;
}
