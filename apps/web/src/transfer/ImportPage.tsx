/** Route `/import`: a board from a Cairn JSON export or a CSV with column mapping (docs/formats.md). */
export function ImportPage() {
  return null;
}
