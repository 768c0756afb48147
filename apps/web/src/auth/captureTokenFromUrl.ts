import { tokenStorage } from './tokenStorage';

/**
 * Takes `token=<t>` out of the URL fragment (access links look like `/#token=…` or
 * `/b/<id>#token=…`), stores it, and rewrites the address without it, so the secret is neither
 * left in the address bar nor in the history entry. Other fragment parameters are kept.
 * Returns the token found, or null. Call once, before the app renders.
 */
export function captureTokenFromUrl(location: Location = window.location): string | null {
  if (!location.hash.startsWith('#')) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token === null) return null;
  params.delete('token');
  const rest = params.toString();
  const url = `${location.pathname}${location.search}${rest === '' ? '' : `#${rest}`}`;
  window.history.replaceState(window.history.state, '', url);
  const trimmed = token.trim();
  if (trimmed === '') return null;
  tokenStorage.write(trimmed);
  return trimmed;
}
