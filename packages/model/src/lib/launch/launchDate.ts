import type { Month } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { ModelError } from '../core/ModelError.js';
import { LAUNCH_LIMITS } from './launchSchema.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of an ISO date string, or undefined when it is not one. */
function partsOf(value: string): [number, number, number] | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Checked on the UTC calendar, not with date-fns' isExists, which uses local time: in a zone
  // that skipped a day (Samoa skipped 30 December 2011) that date would not "exist".
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return real ? [year, month, day] : undefined;
}

/** True for a real calendar date written 'YYYY-MM-DD' within the allowed years. */
export function isLaunchDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = partsOf(value);
  return (
    parts !== undefined && parts[0] >= LAUNCH_LIMITS.minYear && parts[0] <= LAUNCH_LIMITS.maxYear
  );
}

/** `value` if it is a launch date; ModelError('invalid') naming the problem otherwise. */
export function validateLaunchDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new ModelError('invalid', 'Launch date must be a date written YYYY-MM-DD.');
  }
  if (!partsOf(value)) {
    throw new ModelError('invalid', `Launch date ${value} is not a real calendar date.`);
  }
  if (!isLaunchDate(value)) {
    throw new ModelError(
      'invalid',
      `Launch date must be between ${LAUNCH_LIMITS.minYear} and ${LAUNCH_LIMITS.maxYear}.`,
    );
  }
  return value;
}

/** `offset` if it is a whole number of days within ±LAUNCH_LIMITS.maxOffsetDays. */
export function validateOffsetDays(offset: unknown): number {
  if (typeof offset !== 'number' || !Number.isInteger(offset)) {
    throw new ModelError('invalid', 'Offset must be a whole number of days.');
  }
  if (Math.abs(offset) > LAUNCH_LIMITS.maxOffsetDays) {
    throw new ModelError(
      'invalid',
      `Offset must be within ${LAUNCH_LIMITS.maxOffsetDays} days of launch day; got ${offset}.`,
    );
  }
  return offset;
}

/**
 * The ISO date `days` calendar days after `isoDate` (before, when negative). The arithmetic is
 * done on UTC days, which are all 24 hours long: local-time arithmetic would depend on the zone
 * of the reader (a DST change, or a day a zone skipped), and replicas must agree on every date.
 */
export function addCalendarDays(isoDate: string, days: number): string {
  const parts = partsOf(isoDate);
  if (!parts) throw new ModelError('invalid', `${isoDate} is not a date.`);
  const [year, month, day] = parts;
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + days);
  return shifted.toISOString().slice(0, 10);
}

/** An ISO date for people, e.g. '2027-03-12' → '12 Mar 2027', the same in every time zone. */
export function formatLaunchDate(isoDate: string): string {
  const parts = partsOf(isoDate);
  if (!parts) return isoDate;
  const [year, month, day] = parts;
  const monthName = enUS.localize.month((month - 1) as Month, { width: 'abbreviated' });
  return `${day} ${monthName} ${year}`;
}

/** Shown for a board whose launch date and creation time are both unreadable. */
const EPOCH_DATE = '1970-01-01';

/**
 * The UTC calendar date of an instant, as 'YYYY-MM-DD' (the same on every replica), or
 * 1970-01-01 for an instant outside the allowed years.
 */
export function utcDateOf(epochMs: number): string {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return EPOCH_DATE;
  const iso = date.toISOString().slice(0, 10);
  return isLaunchDate(iso) ? iso : EPOCH_DATE;
}

/** The countdown label of an offset: -14 → 'T-14d', 7 → 'T+7d', launch day → 'T-0d'. */
export function offsetLabel(offsetDays: number): string {
  return offsetDays > 0 ? `T+${offsetDays}d` : `T-${Math.abs(offsetDays)}d`;
}
