import { ModelError } from '../core/ModelError.js';

/** Refuses anything but a finite number within ±`maxAbs` (NaN and Infinity never sync well). */
export function validateNumber(field: string, value: number, maxAbs: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > maxAbs) {
    throw new ModelError('invalid', `${field} must be a number between -${maxAbs} and ${maxAbs}.`);
  }
  return value;
}
