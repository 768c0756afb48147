import { percentile, worst } from './statistics.js';

/** One frame at 60 Hz, in milliseconds. */
export const FRAME_MS = 1000 / 60;
/** A frame this long or longer is a long frame: the page visibly stutters. */
export const LONG_FRAME_MS = 50;

/** What the frame start times of a recording say. */
export interface FrameStatistics {
  readonly framesPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly worst: number;
  /** Share (0–100 %) of intervals longer than one frame and a half: at least one frame dropped. */
  readonly droppedShare: number;
  /** Share (0–100 %) of intervals of {@link LONG_FRAME_MS} or more. */
  readonly longShare: number;
  readonly intervals: number;
}

/** Statistics of the intervals between consecutive frame start times `frames` (ascending ms). */
export function frameStatistics(frames: readonly number[]): FrameStatistics {
  const intervals = frames.slice(1).map((time, index) => time - (frames[index] ?? time));
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  const share = (test: (interval: number) => boolean) =>
    intervals.length === 0 ? Number.NaN : (100 * intervals.filter(test).length) / intervals.length;
  return {
    framesPerSecond: span > 0 ? (1000 * intervals.length) / span : Number.NaN,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    p99: percentile(intervals, 99),
    worst: worst(intervals),
    droppedShare: share((interval) => interval > 1.5 * FRAME_MS),
    longShare: share((interval) => interval >= LONG_FRAME_MS),
    intervals: intervals.length,
  };
}
