/**
 * Saves `blob` as `fileName` through the browser's download, as a link with `download` would.
 * The object URL is revoked once the browser has taken the file.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; a later revoke is only for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
