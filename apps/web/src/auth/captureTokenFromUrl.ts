import { credentialFromFragment } from './credentialFromFragment';
import type { TabCredential } from './TabCredential';
import { tokenStorage } from './tokenStorage';

/**
 * Takes the tab's bearer secret out of the URL fragment: an API token (`/#token=…`,
 * `/b/<id>#token=…`) or a share link's secret (`/b/<id>#link=…`). Stores it and rewrites the
 * address without it, so the secret is neither left in the address bar nor in the history
 * entry. Other fragment parameters are kept. Returns the credential found, or null. Call once,
 * before the app renders, and again when the fragment changes.
 */
export function captureTokenFromUrl(location: Location = window.location): TabCredential | null {
  const { credential, found, rest } = credentialFromFragment(location.hash);
  if (!found) return null;
  window.history.replaceState(
    window.history.state,
    '',
    `${location.pathname}${location.search}${rest}`,
  );
  if (credential !== null) tokenStorage.write(credential);
  return credential;
}
