import { endOfDay, isValid, parseISO } from 'date-fns';

/**
 * The expiry a date picker's value stands for: the end of that day in the person's time zone, in
 * ms since the epoch, so "expires on 3 March" still works all of 3 March. Null for an empty or
 * malformed value (no expiry).
 */
export function expiryOfDate(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = parseISO(value);
  return isValid(day) ? endOfDay(day).getTime() : null;
}
