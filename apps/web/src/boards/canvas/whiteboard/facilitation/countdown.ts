/**
 * The server clock minus the local clock, in milliseconds, from one request sent at `sentAt` and
 * answered at `receivedAt` (local clock) with the server's `serverTime`. Assumes the server read
 * its clock halfway through the round trip, so the error is at most half the round trip.
 */
export function estimateClockOffset(
  sentAt: number,
  receivedAt: number,
  serverTime: number,
): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

/** A running timer as the document holds it (see `TimerView`). */
export interface TimerSpan {
  /** Milliseconds since the epoch, server clock. */
  readonly endsAt: number;
  readonly durationMs: number;
}

/**
 * Milliseconds left on `timer` at local time `now`, given the clock offset of
 * {@link estimateClockOffset}. Between 0 (the timer ran out) and the timer's length: an offset
 * estimated a little wrong never shows a 1-minute timer at 01:01.
 */
export function timeLeft(timer: TimerSpan, now: number, clockOffsetMs: number): number {
  return Math.min(timer.durationMs, Math.max(0, timer.endsAt - (now + clockOffsetMs)));
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `ms` as `mm:ss`, or `h:mm:ss` from an hour on. Rounds up to the second, as a countdown does:
 * a 1-minute timer shows 01:00 for its whole first second and 00:00 only once it is over.
 */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
