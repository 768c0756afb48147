import type { Role, ShareableRole } from './apiTypes';

/**
 * What the REST API of docs/access.md sends and takes: accounts, workspace and board members,
 * share links. Times are milliseconds since the epoch.
 */

/** Body of POST /api/auth/signup. */
export interface SignUpRequest {
  readonly email: string;
  /** 1–100 characters. */
  readonly name: string;
  /** 10–256 characters. */
  readonly password: string;
}

/** Body of POST /api/auth/signin. */
export interface SignInRequest {
  readonly email: string;
  readonly password: string;
}

/** An account as a workspace admin sees it (GET /api/members). */
export interface WorkspaceMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The workspace role; null for none (the account sees only boards shared with it). */
  readonly role: Role | null;
  readonly createdAt: number;
}

/** A person's membership of one board (GET /api/boards/:id/members). */
export interface BoardMember {
  readonly userId: string;
  readonly name: string;
  /** Null for guests (people holding a share link), who see names only. */
  readonly email: string | null;
  readonly role: Role;
}

/** Body of POST /api/boards/:id/members. */
export interface NewBoardMemberRequest {
  readonly email: string;
  readonly role: Role;
}

/** A share link of a board (GET /api/boards/:id/share-links); the secret is never listed. */
export interface ShareLink {
  readonly id: string;
  readonly role: ShareableRole;
  /** Who it is for; guests who open it are named `<label> (guest)`. Null when none was given. */
  readonly label: string | null;
  readonly createdBy: { readonly id: string; readonly name: string };
  readonly createdAt: number;
  /** Null: never expires. */
  readonly expiresAt: number | null;
  /** Null: not revoked. */
  readonly revokedAt: number | null;
}

/** Body of POST /api/boards/:id/share-links. */
export interface NewShareLinkRequest {
  /** At most the creator's own role on the board, never admin. */
  readonly role: ShareableRole;
  readonly label?: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt?: number;
}

/** A link just made: the only answer that carries its secret and its URL. */
export interface CreatedShareLink extends ShareLink {
  readonly secret: string;
  /** `<origin>/b/<board id>#link=<secret>`. */
  readonly url: string;
}
