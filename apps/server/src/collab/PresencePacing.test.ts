import { describe, expect, it } from 'vitest';
import { eventLoopBusyShare, PresencePacing } from './PresencePacing.js';

/** A pacing fed the given busy shares, one per `sample()`. */
function pacingOf(calmMs: number, busyMs: number, shares: number[]): PresencePacing {
  return new PresencePacing(calmMs, busyMs, () => {
    const share = shares.shift();
    if (share === undefined) throw new Error('No busy share left to read.');
    return share;
  });
}

describe('PresencePacing', () => {
  it('keeps the calm window while the server is calm', () => {
    const pacing = pacingOf(16, 50, [0, 0.2, 0.5, 0.6]);
    expect(pacing.windowMs).toBe(16);
    for (let reading = 0; reading < 4; reading++) {
      pacing.sample();
      expect(pacing.windowMs).toBe(16);
    }
  });

  it('widens the window to the busy one as the event loop fills, and back as it calms', () => {
    const pacing = pacingOf(16, 50, [1, 1, 1, 0.75, 0.75, 0.75, 0, 0, 0]);
    const windows: number[] = [];
    for (let reading = 0; reading < 9; reading++) {
      pacing.sample();
      windows.push(pacing.windowMs);
    }
    // Readings are averaged with the one before: a steady 75 % heads for halfway (33 ms).
    expect(windows).toEqual([50, 50, 50, 47, 40, 37, 16, 16, 16]);
  });

  it('never changes a window whose busy bound is not above the calm one', () => {
    const pacing = pacingOf(100, 50, [1, 1]);
    expect(pacing.busyMs).toBe(100);
    pacing.sample();
    pacing.sample();
    expect(pacing.windowMs).toBe(100);
  });

  it("reads the event loop's real busy share", () => {
    const busyShare = eventLoopBusyShare();
    // The loop never gets to idle while this runs, so the whole time counts as busy.
    const until = performance.now() + 100;
    while (performance.now() < until);
    const share = busyShare();
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThanOrEqual(1);
  });
});
