import { describe, expect, it } from 'vitest';
import { estimateClockOffset, formatCountdown, timeLeft } from './countdown';

describe('estimateClockOffset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    // Sent at 1,000 and answered at 1,200 local time; the server said 6,100: it runs 5,000 ahead.
    expect(estimateClockOffset(1_000, 1_200, 6_100)).toBe(5_000);
  });

  it('is negative when the local clock runs ahead', () => {
    expect(estimateClockOffset(10_000, 10_000, 7_000)).toBe(-3_000);
  });
});

describe('timeLeft', () => {
  it('counts down to the end time on the server clock', () => {
    // The server is 5 s ahead: at local 100,000 it is 105,000 there, 55 s before 160,000.
    expect(timeLeft({ endsAt: 160_000, durationMs: 60_000 }, 100_000, 5_000)).toBe(55_000);
  });

  it('is 0, never negative, once the timer ran out', () => {
    expect(timeLeft({ endsAt: 160_000, durationMs: 60_000 }, 200_000, 0)).toBe(0);
  });

  it('never shows more than the timer length when the offset is a little off', () => {
    expect(timeLeft({ endsAt: 160_000, durationMs: 60_000 }, 99_000, 0)).toBe(60_000);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounded up to the second', () => {
    expect(formatCountdown(60_000)).toBe('01:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(1)).toBe('00:01');
  });

  it('shows 00:00 only when the time is over', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-500)).toBe('00:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
    expect(formatCountdown(4 * 3_600_000 - 1_000)).toBe('3:59:59');
  });
});
