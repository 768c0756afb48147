/**
 * `text` folded for search: decomposed (NFD) with combining marks removed, then lower-cased, so
 * "Resume", "résumé" and "RÉSUMÉ" all match each other.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** True when `title` contains `query`, ignoring case and diacritics; an empty query matches all. */
export function matchesSearch(title: string, query: string): boolean {
  const needle = foldForSearch(query.trim());
  return needle === '' || foldForSearch(title).includes(needle);
}
