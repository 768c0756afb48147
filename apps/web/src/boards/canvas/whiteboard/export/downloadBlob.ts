/**
 * How long a download's object URL lives: the browser reads it after `click` returns, and some
 * browsers (Firefox) fail a download whose URL was revoked at once.
 */
const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` as a file named `fileName` through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
