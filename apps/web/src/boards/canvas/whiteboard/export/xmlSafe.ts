/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. Anyone can type or paste them into a sticky (the
 * ESC of terminal colours, say), and one of them makes the whole serialised SVG unparsable.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD, the replacement character. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD');
}
