/** Route `/p/:secret`: a published board, read-only, for anyone with the address (docs/publishing.md). */
export function PublishedPage() {
  return null;
}
