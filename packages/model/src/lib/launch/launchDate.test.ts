import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../core/ModelError.js';
import {
  addCalendarDays,
  formatLaunchDate,
  isLaunchDate,
  offsetLabel,
  utcDateOf,
  validateLaunchDate,
  validateOffsetDays,
} from './launchDate.js';
import { LAUNCH_LIMITS } from './launchSchema.js';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe('invalid');
    return (error as ModelError).message;
  }
  throw new Error('Expected a refusal.');
}

describe('validateLaunchDate', () => {
  it.each(['2027-03-12', '2028-02-29', '2000-02-29', '1970-01-01', '2999-12-31'])(
    'accepts the real date %s',
    (date) => {
      expect(validateLaunchDate(date)).toBe(date);
      expect(isLaunchDate(date)).toBe(true);
    },
  );

  it.each([
    ['30 February', '2027-02-30'],
    ['29 February of a common year', '2027-02-29'],
    ['29 February of a century that is not a leap year', '2100-02-29'],
    ['month 13', '2027-13-01'],
    ['month 0', '2027-00-10'],
    ['day 0', '2027-01-00'],
    ['31 April', '2027-04-31'],
  ])('refuses %s as not a real calendar date', (_, date) => {
    expect(refusal(() => validateLaunchDate(date))).toMatch(/not a real calendar date/);
    expect(isLaunchDate(date)).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['a date without padding', '2027-3-1'],
    ['a date with a time', '2027-03-12T00:00:00Z'],
    ['a day-first date', '12/03/2027'],
    ['spaces around', ' 2027-03-12 '],
    ['words', 'next Friday'],
    ['a number', 20270312],
    ['null', null],
    ['a five-digit year', '20270-03-12'],
  ])('refuses %s as not written YYYY-MM-DD', (_, date) => {
    expect(refusal(() => validateLaunchDate(date))).toMatch(/YYYY-MM-DD/);
    expect(isLaunchDate(date)).toBe(false);
  });

  it('refuses years outside the allowed range', () => {
    expect(refusal(() => validateLaunchDate('1969-12-31'))).toMatch(/between/);
    expect(refusal(() => validateLaunchDate('3000-01-01'))).toMatch(/between/);
  });
});

describe('validateOffsetDays', () => {
  it('accepts whole days up to the limit either side of launch', () => {
    for (const offset of [0, -14, 7, LAUNCH_LIMITS.maxOffsetDays, -LAUNCH_LIMITS.maxOffsetDays]) {
      expect(validateOffsetDays(offset)).toBe(offset);
    }
  });

  it.each([
    0.5,
    Number.NaN,
    Infinity,
    LAUNCH_LIMITS.maxOffsetDays + 1,
    -LAUNCH_LIMITS.maxOffsetDays - 1,
    '3',
  ])('refuses %s', (offset) => {
    refusal(() => validateOffsetDays(offset));
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2027-03-12', -14, '2027-02-26'],
    ['2027-03-12', 7, '2027-03-19'],
    ['2027-03-12', 0, '2027-03-12'],
    ['2027-01-31', 1, '2027-02-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-01-03', -7, '2027-12-27'],
    ['2027-06-30', 730, '2029-06-29'],
    ['2027-06-30', -730, '2025-06-30'],
  ])('%s %s days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  describe('does not depend on the time zone or its DST changes', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each([
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'Asia/Kathmandu',
    ])('in %s', (zone) => {
      process.env.TZ = zone;
      // Spans of days that cross the spring and autumn changes of both hemispheres.
      expect(addCalendarDays('2027-03-20', 14)).toBe('2027-04-03');
      expect(addCalendarDays('2027-04-03', -14)).toBe('2027-03-20');
      expect(addCalendarDays('2027-10-25', 10)).toBe('2027-11-04');
      expect(addCalendarDays('2027-11-04', -10)).toBe('2027-10-25');
      expect(addCalendarDays('2027-03-28', 1)).toBe('2027-03-29');
      expect(addCalendarDays('2027-03-14', 1)).toBe('2027-03-15');
      // Samoa skipped 30 December 2011 entirely; calendar days still count as days.
      expect(addCalendarDays('2011-12-29', 1)).toBe('2011-12-30');
      expect(addCalendarDays('2011-12-29', 2)).toBe('2011-12-31');
    });
  });
});

describe('offsetLabel', () => {
  it.each([
    [-14, 'T-14d'],
    [7, 'T+7d'],
    [0, 'T-0d'],
    [-1, 'T-1d'],
    [LAUNCH_LIMITS.maxOffsetDays, `T+${LAUNCH_LIMITS.maxOffsetDays}d`],
  ])('labels %s as %s', (offset, label) => {
    expect(offsetLabel(offset)).toBe(label);
  });
});

describe('utcDateOf', () => {
  it('is the UTC date of an instant, whatever the local zone', () => {
    expect(utcDateOf(Date.UTC(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(utcDateOf(Date.UTC(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('falls back to 1970-01-01 for instants outside the allowed years', () => {
    expect(utcDateOf(Number.NaN)).toBe('1970-01-01');
    expect(utcDateOf(8.64e15)).toBe('1970-01-01');
    expect(utcDateOf(-1e12)).toBe('1970-01-01');
  });
});

describe('formatLaunchDate', () => {
  it('writes day, short month and year, in every time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Pacific/Apia', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(formatLaunchDate('2027-03-12')).toBe('12 Mar 2027');
        expect(formatLaunchDate('2011-12-30')).toBe('30 Dec 2011');
        expect(formatLaunchDate('2028-02-29')).toBe('29 Feb 2028');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatLaunchDate('soon')).toBe('soon');
  });
});
