/** Publish a read-only view of the board, and its webhooks (docs/publishing.md). */
export function PublishButton() {
  return null;
}
