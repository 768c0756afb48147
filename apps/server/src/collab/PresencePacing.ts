import { performance } from 'node:perf_hooks';

/**
 * The longest presence window by default, in ms, when the server is busy
 * (`CAIRN_PRESENCE_WINDOW_BUSY_MS`): cursors then move 20 times a second.
 */
export const PRESENCE_WINDOW_BUSY_MS = 50;

/** How often the pacing reads how busy the event loop was, in ms. */
export const PACING_SAMPLE_MS = 250;
/** Below this share of busy time, presence goes out after the calm window. */
const CALM_SHARE = 0.6;
/** At or above this share, presence waits the busy window; in between, a window in proportion. */
const BUSY_SHARE = 0.9;

/** How long a board's presence changes are gathered, in ms; read as each gathering starts. */
export interface PresenceWindow {
  readonly windowMs: number;
}

/** The share of time (0 to 1) the event loop was busy since the previous call. */
export type BusyShare = () => number;

/** Node's event-loop utilization between calls (`performance.eventLoopUtilization`). */
export function eventLoopBusyShare(): BusyShare {
  let last = performance.eventLoopUtilization();
  return () => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    return utilization;
  };
}

/**
 * The presence window, widened while the server is busy. On a calm server a board's cursor moves
 * go out once a frame (`calmMs`); as the event loop's busy share rises from 60 to 90 % (averaged
 * over the last two readings, a quarter of a second apart) the window grows in proportion up to
 * `busyMs`. Presence is most of what a busy server sends (ten cursor moves a second per person),
 * so under load cursors update less often and edits, which are never held back, keep their
 * pace: in the fan-out benchmark at 1,000 people a 50 ms window cut the messages sent by a
 * quarter and the server's CPU by 6 points (README, Performance).
 */
export class PresencePacing implements PresenceWindow {
  readonly busyMs: number;
  windowMs: number;
  private share: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly calmMs: number,
    busyMs: number,
    private readonly busyShare: BusyShare = eventLoopBusyShare(),
  ) {
    this.busyMs = Math.max(calmMs, busyMs);
    this.windowMs = calmMs;
  }

  /** Reads the busy share and sets the window (every PACING_SAMPLE_MS once started). */
  sample(): void {
    const share = this.busyShare();
    this.share = this.share === null ? share : (this.share + share) / 2;
    const load = Math.min(1, Math.max(0, (this.share - CALM_SHARE) / (BUSY_SHARE - CALM_SHARE)));
    this.windowMs = Math.round(this.calmMs + load * (this.busyMs - this.calmMs));
  }

  /** Starts sampling; with nothing to adapt (`busyMs` equal to `calmMs`) it stays calm. */
  start(): void {
    if (this.timer || this.busyMs === this.calmMs) return;
    this.timer = setInterval(() => this.sample(), PACING_SAMPLE_MS).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
