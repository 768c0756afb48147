/** An array element that names itself: matched by id when a list is read again. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as { readonly id?: unknown }).id
    : undefined;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  // Elements with a string id are matched by id, so one that moved is still reused.
  let byId: Map<unknown, unknown> | null = null;
  for (const element of previous) {
    const id = idOf(element);
    if (typeof id !== 'string') continue;
    byId ??= new Map();
    byId.set(id, element);
  }
  let unchanged = previous.length === next.length;
  const shared = next.map((element, index) => {
    const id = idOf(element);
    const before = byId !== null && typeof id === 'string' ? byId.get(id) : previous[index];
    const result = shareUnchanged(before, element);
    if (result !== previous[index]) unchanged = false;
    return result;
  });
  return unchanged ? previous : shared;
}

function shareObject(
  previous: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  // Allocates only once a field differs: most objects read again are unchanged.
  let shared: Record<string, unknown> | null = null;
  let count = 0;
  for (const key in next) {
    if (!Object.hasOwn(next, key)) continue;
    count++;
    const had = Object.hasOwn(previous, key);
    const result = had ? shareUnchanged(previous[key], next[key]) : next[key];
    if (shared === null && (!had || result !== previous[key])) {
      shared = {};
      for (const earlier in next) {
        if (earlier === key) break;
        if (Object.hasOwn(next, earlier)) shared[earlier] = previous[earlier];
      }
    }
    if (shared !== null) shared[key] = result;
  }
  if (shared !== null) return shared;
  // Every field of `next` is the same as in `previous`; unchanged unless `previous` has more.
  let previousCount = 0;
  for (const key in previous) if (Object.hasOwn(previous, key)) previousCount++;
  if (previousCount === count) return previous;
  const fewer: Record<string, unknown> = {};
  for (const key in next) if (Object.hasOwn(next, key)) fewer[key] = previous[key];
  return fewer;
}

/**
 * `next`, with every part that equals the same part of `previous` replaced by `previous`'s
 * object: a board read again after a change keeps the identity of everything the change did not
 * touch, so memoised components skip the items that did not change (a remote move of one card
 * re-renders that card, not the 2,000 others). Plain objects and arrays are compared by value
 * (array elements with a string `id` by id, so moved ones are reused); anything else (numbers,
 * strings, class instances) with `Object.is`. Returns `previous` itself when nothing changed.
 */
export function shareUnchanged<T>(previous: T, next: T): T;
export function shareUnchanged(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(next)) return Array.isArray(previous) ? shareArray(previous, next) : next;
  if (isPlainObject(next)) return isPlainObject(previous) ? shareObject(previous, next) : next;
  return next;
}
