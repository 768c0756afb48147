/**
 * How far a key result is from its start to its target, from 0 to 1. Works for measures that
 * should fall (target below start) as well as rise. Overshoot and backsliding are clamped. A key
 * result whose target equals its start has no distance to cover: 1 when current equals the
 * target, 0 otherwise.
 */
export function keyResultProgress(start: number, target: number, current: number): number {
  if (target === start) return current === target ? 1 : 0;
  const ratio = (current - start) / (target - start);
  if (!Number.isFinite(ratio)) return 0;
  return Math.min(1, Math.max(0, ratio));
}

/** A goal's progress: the mean of its key results' progress, or null without key results. */
export function goalProgress(progresses: readonly number[]): number | null {
  if (progresses.length === 0) return null;
  return progresses.reduce((sum, value) => sum + value, 0) / progresses.length;
}
