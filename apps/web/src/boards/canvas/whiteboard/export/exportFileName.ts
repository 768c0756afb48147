/** What the export menu produces. */
export type ExportFormat = 'png' | 'svg';

/**
 * The longest base name, in code points: 60 of at most 4 bytes in UTF-8, plus the extension, stay
 * under the 255 bytes file systems allow in a name.
 */
const MAX_BASE_LENGTH = 60;

/** The base name of a board whose title leaves nothing usable. */
const FALLBACK_BASE = 'whiteboard';

/** Windows refuses these names whatever their extension. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The file name of an export of the board titled `title`: letters and digits of any script,
 * spaces, `.`, `_`, `-` and parentheses are kept; every other run of characters (path
 * separators, `:`, `*`, quotes, control characters, markup) becomes one `-`. Leading and trailing
 * dots, dashes and spaces go (no hidden files, no `..`), long titles are cut, and a title that
 * leaves nothing, or a name Windows reserves, becomes "whiteboard".
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} ._()-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-');
  const cut = [...cleaned].slice(0, MAX_BASE_LENGTH).join('');
  const base = cut.replace(/^[\s.-]+|[\s.-]+$/g, '');
  const safe = base === '' || RESERVED_NAME.test(base) ? FALLBACK_BASE : base;
  return `${safe}.${format}`;
}
