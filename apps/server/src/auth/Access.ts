import type { Identity, Person } from './Identity.js';
import type { Role } from './roles.js';

/**
 * The one place that decides who may do what on which board (docs/access.md). REST middleware,
 * the socket's authentication and per-message checks, comments and the inbox all ask it.
 */
export interface Access {
  /** The caller's role on board `boardId` (workspace role, membership, share link), or null. */
  roleOn(identity: Identity, boardId: string): Role | null;
  /**
   * While the credentials behind `identity` work, the earliest time (ms since the epoch, on the
   * server's clock) one of them changes by itself unless someone ends it sooner: a session's
   * expiry, or the expiry of a share link it presented; Infinity when none expires (a token).
   * Null once they stopped working: session ended, token revoked, a guest's link revoked or
   * expired. One or two indexed lookups: runs before socket messages.
   */
  currentUntil(identity: Identity): number | null;
  /** The role person `personId` (user or token id) has on `boardId` on their own, or null. */
  roleOfPerson(personId: string, boardId: string): Role | null;
  /** Everyone who can read `boardId` and be mentioned there (users and active tokens). */
  peopleOn(boardId: string): Person[];
}
