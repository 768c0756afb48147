/** The non-blank lines of a text, trimmed: how list fields are edited (one entry per line). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
