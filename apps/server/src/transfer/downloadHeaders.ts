/**
 * `Content-Disposition` of a download named after a board (RFC 6266): an ASCII `filename` any
 * client understands, and the title itself in `filename*` (RFC 5987) for those that read it.
 */

/** The title as a safe ASCII file name stem: accents dropped, other characters as `-`. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'board' : slug;
}

/** Characters no file system or header should get from a title. */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f"*/:<>?\\|]+/g;

function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="<slug>.<ext>"; filename*=UTF-8''<title>.<ext>`. */
export function attachmentDisposition(title: string, extension: string): string {
  const readable = [...title.replace(UNSAFE_IN_NAME, '-').trim()]
    .filter((character) => !/\p{Cs}/u.test(character))
    .slice(0, 100)
    .join('');
  const stem = readable === '' ? slugOf(title) : readable;
  return `attachment; filename="${slugOf(title)}.${extension}"; filename*=UTF-8''${rfc5987(`${stem}.${extension}`)}`;
}
