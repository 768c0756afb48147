/** Named versions of the board, diffs and restore (docs/history.md). */
export function VersionsButton() {
  return null;
}
