/** "a, b, c" as a list: trimmed, blanks dropped, duplicates removed, typed order kept. */
export function parseCommaList(text: string): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return [...new Set(entries)];
}
