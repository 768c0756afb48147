import type { TaskStatus } from './launchSchema.js';

/** How ready a track or the whole launch is. */
export interface Readiness {
  /** Tasks that are done. */
  readonly done: number;
  /** Tasks that count: every task except cancelled ones. */
  readonly total: number;
  /**
   * done / total as a whole percentage, rounded down so that 100 means every task is done;
   * null when nothing counts (no tasks, or only cancelled ones): such a track is not "0% ready".
   */
  readonly percent: number | null;
}

/**
 * Readiness of a set of tasks. `done` counts as done; `todo`, `in-progress` and `blocked` count
 * as not done (a blocked task is work still in the way of the launch); `cancelled` tasks are no
 * longer part of the plan and are left out of both numbers. Overall readiness is computed over
 * every task of the plan, so tracks without tasks do not count, and a track with many tasks
 * weighs more than one with few.
 */
export function computeReadiness(statuses: readonly TaskStatus[]): Readiness {
  let done = 0;
  let total = 0;
  for (const status of statuses) {
    if (status === 'cancelled') continue;
    total++;
    if (status === 'done') done++;
  }
  return { done, total, percent: total === 0 ? null : Math.floor((done * 100) / total) };
}
