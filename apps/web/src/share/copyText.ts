/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context (https or
 * localhost); on plain http, as on a LAN install, falls back to selecting the given input and
 * the legacy copy command. Returns whether the copy happened.
 */
export async function copyText(
  text: string,
  fallbackInput: HTMLInputElement | null,
): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: try the fallback.
  }
  if (!fallbackInput) return false;
  fallbackInput.focus();
  fallbackInput.select();
  try {
    // Deprecated, but the only way to copy without a secure context.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
