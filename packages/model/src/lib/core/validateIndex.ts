import { ModelError } from './ModelError.js';

/**
 * Refuses a position that is not a whole number of at least 0 (`undefined` means "at the end").
 * Positions past the end are fine: callers clamp them. A fraction or NaN would otherwise pick no
 * neighbours at all and produce a key that collides with the first entry's.
 */
export function validateIndex(index: number | undefined): void {
  if (index !== undefined && (!Number.isInteger(index) || index < 0)) {
    throw new ModelError('invalid', 'Index must be a whole number of at least 0.');
  }
}
