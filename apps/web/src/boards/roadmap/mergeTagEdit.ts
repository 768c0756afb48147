/**
 * Applies this person's tag edit to the live tags: the tags they removed (from what they started
 * with) go, the ones they added come, and tags someone else added meanwhile stay.
 */
export function mergeTagEdit(
  started: readonly string[],
  edited: readonly string[],
  live: readonly string[],
): string[] {
  const removed = new Set(started.filter((tag) => !edited.includes(tag)));
  const added = edited.filter((tag) => !started.includes(tag));
  return [...new Set([...live.filter((tag) => !removed.has(tag)), ...added])];
}
