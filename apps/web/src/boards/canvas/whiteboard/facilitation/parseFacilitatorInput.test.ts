import { describe, expect, it } from 'vitest';
import { parseDotBudget, parseTimerMinutes } from './parseFacilitatorInput';

describe('parseTimerMinutes', () => {
  it('reads whole and fractional minutes as seconds', () => {
    expect(parseTimerMinutes('3')).toBe(180);
    expect(parseTimerMinutes(' 1.5 ')).toBe(90);
  });

  it('keeps to the server limits of 10 seconds to 4 hours', () => {
    expect(parseTimerMinutes('0.1')).toBeNull();
    expect(parseTimerMinutes('0.25')).toBe(15);
    expect(parseTimerMinutes('240')).toBe(14_400);
    expect(parseTimerMinutes('241')).toBeNull();
  });

  it('refuses what is not a plain number of minutes', () => {
    for (const text of ['', 'five', '-1', '1e3', '2:30', 'Infinity', '0']) {
      expect(parseTimerMinutes(text), text).toBeNull();
    }
  });
});

describe('parseDotBudget', () => {
  it('reads whole numbers from 1 to 50', () => {
    expect(parseDotBudget('1')).toBe(1);
    expect(parseDotBudget(' 5 ')).toBe(5);
    expect(parseDotBudget('50')).toBe(50);
  });

  it('refuses anything else', () => {
    for (const text of ['', '0', '51', '2.5', '-3', 'five']) {
      expect(parseDotBudget(text), text).toBeNull();
    }
  });
});
