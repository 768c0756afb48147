/**
 * Where the API token lives between page loads. sessionStorage, not localStorage: the token is a
 * bearer secret, so it should not outlive the tab it was opened in (the access link brings it
 * back), and each tab may hold a different person's link.
 */
export const TOKEN_STORAGE_KEY = 'cairn.token';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): run without remembering.
    return null;
  }
}

/** Reads, writes and forgets the stored token. */
export const tokenStorage = {
  read(): string | null {
    const token = storage()?.getItem(TOKEN_STORAGE_KEY) ?? null;
    return token === '' ? null : token;
  },
  write(token: string): void {
    storage()?.setItem(TOKEN_STORAGE_KEY, token);
  },
  clear(): void {
    storage()?.removeItem(TOKEN_STORAGE_KEY);
  },
};
