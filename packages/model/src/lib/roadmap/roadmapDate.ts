import { isValid, parseISO } from 'date-fns';
import { ModelError } from '../core/ModelError.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a calendar date 'YYYY-MM-DD' that exists ('2026-02-30' is not one). Such dates
 * compare correctly as raw strings, which is how readers order them.
 */
export function isRoadmapDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isValid(parseISO(value));
}

/** `value` when it is a calendar date, null for null; ModelError('invalid') naming `field` otherwise. */
export function validateRoadmapDate(field: string, value: string | null): string | null {
  if (value === null) return null;
  if (!isRoadmapDate(value)) {
    throw new ModelError('invalid', `${field} must be a date written YYYY-MM-DD.`);
  }
  return value;
}
