/**
 * A comment body as the page shows it: plain text, `<@personId>` mentions and http(s) links.
 * Nothing in a body is ever markup; components render these segments as text and elements.
 */
export type BodySegment =
  | { readonly type: 'text'; readonly text: string }
  /** `name` is null when the person is unknown to the page (left the board, say). */
  | { readonly type: 'mention'; readonly personId: string; readonly name: string | null }
  | { readonly type: 'link'; readonly href: string; readonly text: string };

/** `<@id>`: ids are the server's (`u_…`, token ids), never containing `>` or whitespace. */
const MENTION = /<@([^\s<>]+)>/g;

/** An http(s) URL up to whitespace or `<`; trailing punctuation is trimmed below. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<]+/gi;

/** Characters that end a sentence more often than a URL. */
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}>]+$/;

/** The body's `<@id>` marker for `personId`. */
export function mentionMarker(personId: string): string {
  return `<@${personId}>`;
}

/** `href` when the browser parses it as an http(s) URL, else null. */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function pushText(segments: BodySegment[], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.type === 'text')
    segments[segments.length - 1] = { type: 'text', text: last.text + text };
  else segments.push({ type: 'text', text });
}

/** Splits plain text (no mentions) into text and links. */
function linkSegments(text: string, segments: BodySegment[]): void {
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const url = raw.replace(TRAILING_PUNCTUATION, '');
    const href = safeHref(url);
    if (href === null) continue;
    pushText(segments, text.slice(position, match.index));
    segments.push({ type: 'link', href, text: url });
    position = match.index + url.length;
  }
  pushText(segments, text.slice(position));
}

/**
 * Splits `body` into segments. Mentions take `nameOf(id)` (null when unknown); URLs other than
 * http(s) stay text; adjacent text is merged, and an empty body gives no segments.
 */
export function parseCommentBody(
  body: string,
  nameOf: (personId: string) => string | null,
): BodySegment[] {
  const segments: BodySegment[] = [];
  let position = 0;
  for (const match of body.matchAll(MENTION)) {
    const personId = match[1] ?? '';
    linkSegments(body.slice(position, match.index), segments);
    segments.push({ type: 'mention', personId, name: nameOf(personId) });
    position = match.index + match[0].length;
  }
  linkSegments(body.slice(position), segments);
  return segments;
}

/** The body as one line of plain text (mentions as `@Name`), for excerpts and labels. */
export function plainTextOf(segments: readonly BodySegment[]): string {
  return segments
    .map((segment) => {
      switch (segment.type) {
        case 'text':
          return segment.text;
        case 'mention':
          return `@${segment.name ?? 'someone'}`;
        case 'link':
          return segment.text;
      }
    })
    .join('');
}
