/**
 * The file name a `Content-Disposition` header gives, or `fallback` when it gives none. The
 * RFC 6266 `filename*=UTF-8''…` form wins over plain `filename=` (it carries any Unicode title);
 * a malformed percent-encoding falls back to the plain form. Whatever the server sent, the
 * name has no path in it and no control characters (see {@link safeFileName}).
 */
export function contentDispositionFileName(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended !== undefined) {
    const match = /^([\w-]+)'[^']*'(.*)$/.exec(extended.replace(/^"(.*)"$/, '$1'));
    if (match?.[1]?.toLowerCase() === 'utf-8' && match[2] !== undefined) {
      try {
        return safeFileName(decodeURIComponent(match[2]), fallback);
      } catch {
        // A broken escape (`%E2%8`): use the plain filename below.
      }
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  if (quoted !== undefined) return safeFileName(quoted.replace(/\\(.)/g, '$1'), fallback);
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return bare === undefined ? fallback : safeFileName(bare, fallback);
}

/** Characters no file system takes in a name, control characters, and path separators. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** At most this many characters: every common file system takes 255 bytes, and we leave room. */
const MAX_LENGTH = 120;

/**
 * `name` made safe to save: unsafe characters become `-`, leading dots and spaces go (no hidden
 * or relative names), and long names keep their extension. `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .replace(UNSAFE, '-')
    .replace(/^[\s.-]+/, '')
    .trim();
  if (cleaned === '') return fallback;
  const chars = [...cleaned];
  if (chars.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return chars.slice(0, MAX_LENGTH - extension.length).join('') + extension;
}

/**
 * A file name for an export made in the browser: the board's title and the view, e.g.
 * `Product roadmap - Timeline.png`; `board.<extension>` when the title leaves nothing.
 */
export function exportFileName(title: string, view: string, extension: string): string {
  const name = title.trim() === '' ? 'board' : title.trim().replace(/\s+/g, ' ');
  const base = view === '' ? name : `${name} - ${view}`;
  return safeFileName(`${base}.${extension}`, `board.${extension}`);
}
