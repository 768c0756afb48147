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
   * False once the credentials behind `identity` stop working: session ended, token revoked,
   * link revoked or expired. Cheap: runs before every socket message.
   */
  isCurrent(identity: Identity): boolean;
  /** The role person `personId` (user or token id) has on `boardId` on their own, or null. */
  roleOfPerson(personId: string, boardId: string): Role | null;
  /** Everyone who can read `boardId` and be mentioned there (users and active tokens). */
  peopleOn(boardId: string): Person[];
}
