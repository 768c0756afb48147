import { ModelError } from './ModelError.js';

/**
 * `value` trimmed, refused when empty (unless `allowEmpty`) or longer than `max` characters.
 * Length counts Unicode code points, so an emoji counts once, as a person would count it.
 */
export function validateText(
  field: string,
  value: string,
  max: number,
  allowEmpty = false,
): string {
  const trimmed = value.trim();
  if (!allowEmpty && trimmed.length === 0) {
    throw new ModelError('invalid', `${field} must not be empty.`);
  }
  const length = [...trimmed].length;
  if (length > max) {
    throw new ModelError('invalid', `${field} is ${length} characters; the limit is ${max}.`);
  }
  return trimmed;
}
