/** Tags typed as "a, b, c": trimmed, blanks dropped, duplicates removed, typed order kept. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}
