import type { TabCredential } from './TabCredential';

/**
 * Where the tab's credential lives between page loads. sessionStorage, not localStorage: it is a
 * bearer secret, so it should not outlive the tab it was opened in (the link brings it back),
 * and each tab may hold a different link. API tokens keep their old key, so tabs opened before
 * share links existed still work.
 */
export const TOKEN_STORAGE_KEY = 'cairn.token';
/** A share link's secret. A tab holds a token or a link, never both: the last one opened. */
export const LINK_STORAGE_KEY = 'cairn.link';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): run without remembering.
    return null;
  }
}

function readKey(key: string): string | null {
  const value = storage()?.getItem(key) ?? null;
  return value === '' ? null : value;
}

/** Reads, writes and forgets the stored credential. */
export const tokenStorage = {
  read(): TabCredential | null {
    const link = readKey(LINK_STORAGE_KEY);
    if (link !== null) return { kind: 'link', secret: link };
    const token = readKey(TOKEN_STORAGE_KEY);
    return token === null ? null : { kind: 'token', secret: token };
  },
  write(credential: TabCredential): void {
    this.clear();
    storage()?.setItem(
      credential.kind === 'link' ? LINK_STORAGE_KEY : TOKEN_STORAGE_KEY,
      credential.secret,
    );
  },
  clear(): void {
    storage()?.removeItem(TOKEN_STORAGE_KEY);
    storage()?.removeItem(LINK_STORAGE_KEY);
  },
};
