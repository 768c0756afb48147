/** What a token may do. Viewers and commenters are read-only on the board itself. */
export type Role = 'viewer' | 'commenter' | 'editor' | 'admin';

/** Every role, least to most powerful. */
export const ROLES: readonly Role[] = ['viewer', 'commenter', 'editor', 'admin'];

/** Roles an admin may hand out with a share link (admin tokens are made on the server only). */
export const SHAREABLE_ROLES = ['viewer', 'commenter', 'editor'] as const;
export type ShareableRole = (typeof SHAREABLE_ROLES)[number];

/** The holder of the API token, as GET /api/me reports it. */
export interface Me {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
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

/** Body of POST /api/tokens. */
export interface NewTokenRequest {
  readonly name: string;
  readonly role: ShareableRole;
}

/** A freshly minted token; `token` is the secret, shown once. */
export interface CreatedToken {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly token: string;
}

/** What the browser needs from the server's configuration (GET /api/config). */
export interface ClientConfig {
  /** tldraw's licence key for production domains; null on localhost and in tests. */
  readonly tldrawLicenseKey: string | null;
}
