import type { Role } from './roles.js';

/** How a principal authenticated (see docs/access.md). */
export type PrincipalKind = 'user' | 'token' | 'guest';

/**
 * What stands behind an identity, re-checked on every socket message: the session of a signed-in
 * user, an API token, and the share link presented with the request, if any.
 */
export interface Credentials {
  readonly sessionId?: string;
  readonly tokenId?: string;
  readonly linkId?: string;
}

/**
 * Who is calling, as the server established it from a session cookie, an API token or a share
 * link. This is what the server stamps on presence and comments, so nobody can appear under
 * another name.
 */
export interface Identity {
  /** The person's id: `u_…` for users, the token id for tokens, `link:<linkId>` for guests. */
  readonly id: string;
  readonly name: string;
  readonly kind: PrincipalKind;
  /**
   * The workspace-wide role: a token's role, a user's workspace membership role; `null` for
   * none (a user who only has board memberships, and every guest).
   */
  readonly role: Role | null;
  /** Users only. */
  readonly email?: string;
  readonly credentials: Credentials;
}

/** Someone who can be mentioned on a board: a user or an API token's holder. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly kind: 'user' | 'token';
}
