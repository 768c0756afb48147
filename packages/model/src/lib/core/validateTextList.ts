import { ModelError } from './ModelError.js';
import { validateText } from './validateText.js';

/**
 * Each text trimmed and checked like `validateText` (non-empty, at most `maxLength` code
 * points), and the list refused when it has more than `maxEntries` entries.
 */
export function validateTextList(
  field: string,
  texts: readonly string[],
  maxLength: number,
  maxEntries: number,
): string[] {
  const list: unknown = texts;
  if (!Array.isArray(list)) throw new ModelError('invalid', `${field} must be a list of texts.`);
  if (texts.length > maxEntries) {
    throw new ModelError('invalid', `${field} has at most ${maxEntries} entries.`);
  }
  return texts.map((text) => {
    if (typeof text !== 'string') throw new ModelError('invalid', `${field} must be texts.`);
    return validateText(`Each entry of ${field}`, text, maxLength);
  });
}
