import type { ShareLink } from '../api/accessTypes';

/** Whether a share link still opens its board. */
export type ShareLinkState = 'active' | 'expired' | 'revoked';

/**
 * The state of `link` at `now` (ms since the epoch). Revoked wins over expired: it was a
 * person's decision. A link expires at its `expiresAt` exactly, as the server counts it.
 */
export function shareLinkState(
  link: Pick<ShareLink, 'expiresAt' | 'revokedAt'>,
  now: number,
): ShareLinkState {
  if (link.revokedAt !== null) return 'revoked';
  if (link.expiresAt !== null && link.expiresAt <= now) return 'expired';
  return 'active';
}
