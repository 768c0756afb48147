/** What someone may do on a board, weakest first. Viewers and commenters cannot change it. */
export type Role = 'viewer' | 'commenter' | 'editor' | 'admin';

/** Every role, least to most powerful. */
export const ROLES: readonly Role[] = ['viewer', 'commenter', 'editor', 'admin'];

/** Roles a share link may carry: never admin (docs/access.md). */
export const SHAREABLE_ROLES = ['viewer', 'commenter', 'editor'] as const;
export type ShareableRole = (typeof SHAREABLE_ROLES)[number];

/**
 * How the caller authenticated (docs/access.md): a signed-in account, an API token, or a share
 * link opened without signing in.
 */
export type PrincipalKind = 'user' | 'token' | 'guest';

/** The caller, as GET /api/me reports it. */
export interface Me {
  /** `u_…` for users, the token id for tokens, `link:<linkId>` for guests. */
  readonly id: string;
  /** The account's or token's name; for guests `<link label> (guest)`. */
  readonly name: string;
  readonly kind: PrincipalKind;
  /** Users only: the account's email, trimmed and lower-cased by the server. */
  readonly email?: string;
  /**
   * The workspace role; null for none (a user who only has board memberships, every guest). The
   * role on a board can be stronger: ask GET /api/boards/:id/role.
   */
  readonly role: Role | null;
  /** The color presence shows for this person (cursors, carets, avatars). */
  readonly color: string;
}

/** A board in the list of GET /api/boards. */
export interface BoardSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  /** Milliseconds since the epoch; the list is sorted by this, newest first. */
  readonly updatedAt: number;
}

/** How a new launch plan starts: with the go-to-market tasks, or with its tracks only. */
export type LaunchTemplate = 'go-to-market' | 'empty';

/** Body of POST /api/boards for any kind, as docs/boards/<kind>.md describe them. */
export type NewBoardRequest =
  | { readonly kind: 'roadmap'; readonly title: string; readonly lanes?: readonly string[] }
  | {
      readonly kind: 'launch';
      readonly title: string;
      readonly launchDate?: string;
      readonly template: LaunchTemplate;
    }
  | { readonly kind: 'strategy' | 'personas' | 'canvas'; readonly title: string };

/** What the browser needs from the server's configuration (GET /api/config). */
export interface ClientConfig {
  /** tldraw's licence key for production domains; null on localhost and in tests. */
  readonly tldrawLicenseKey: string | null;
}
