import type { Statement } from 'better-sqlite3';
import { hashSecret, newId, newSecret } from '../auth/secrets.js';
import type { Db } from '../storage/Db.js';
import { AccessEpoch } from './AccessEpoch.js';

/** Prefix of every link secret; distinct from API tokens' `cairn_`. */
export const LINK_PREFIX = 'cairnlink_';

/** The roles a share link may carry: never admin, since links cannot manage people. */
export const LINK_ROLES = ['viewer', 'commenter', 'editor'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** A share link as editors list it: never the secret. */
export interface ShareLink {
  readonly id: string;
  readonly boardId: string;
  readonly role: LinkRole;
  readonly label: string;
  /** User or token id of whoever made it. */
  readonly createdBy: string;
  readonly createdAt: number;
  /** Ms since the epoch; null: until revoked. */
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
}

/** A link just made: the only time its secret is known. */
export interface CreatedShareLink extends ShareLink {
  readonly secret: string;
}

/** What making a share link takes. */
export interface NewShareLink {
  readonly boardId: string;
  readonly role: LinkRole;
  readonly label: string;
  readonly createdBy: string;
  readonly expiresAt: number | null;
}

interface LinkRow {
  id: string;
  board: string;
  role: LinkRole;
  label: string;
  created_by: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

const COLUMNS = 'id, board, role, label, created_by, created_at, expires_at, revoked_at';

function toLink(row: LinkRow): ShareLink {
  return {
    id: row.id,
    boardId: row.board,
    role: row.role,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** Share links of boards, stored as hashes. A link works until revoked or past its expiry. */
export class ShareLinkStore {
  private readonly insertRow: Statement<
    [string, string, string, string, string, string, number, number | null]
  >;
  private readonly selectByHash: Statement<[string], LinkRow>;
  private readonly selectById: Statement<[string], LinkRow>;
  private readonly selectOfBoard: Statement<[string], LinkRow>;
  private readonly selectWorking: Statement<
    [string, number],
    { board: string; role: LinkRole; expires_at: number | null }
  >;
  private readonly revokeRow: Statement<[number, string]>;

  constructor(
    db: Db,
    private readonly now: () => number,
    /** Told of every write that changes someone's access. */
    private readonly epoch: AccessEpoch = new AccessEpoch(),
  ) {
    this.insertRow = db.prepare(
      `INSERT INTO share_links
         (id, board, role, label, secret_hash, created_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectByHash = db.prepare(`SELECT ${COLUMNS} FROM share_links WHERE secret_hash = ?`);
    this.selectById = db.prepare(`SELECT ${COLUMNS} FROM share_links WHERE id = ?`);
    this.selectOfBoard = db.prepare(
      `SELECT ${COLUMNS} FROM share_links WHERE board = ? ORDER BY created_at, rowid`,
    );
    this.selectWorking = db.prepare(
      `SELECT board, role, expires_at FROM share_links
       WHERE id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
    );
    this.revokeRow = db.prepare(
      'UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    );
  }

  /** Makes a link; its secret is in the result and nowhere else. */
  create(link: NewShareLink): CreatedShareLink {
    const id = newId();
    const secret = newSecret(LINK_PREFIX);
    const createdAt = this.now();
    this.insertRow.run(
      id,
      link.boardId,
      link.role,
      link.label,
      hashSecret(secret),
      link.createdBy,
      createdAt,
      link.expiresAt,
    );
    return { id, ...link, createdAt, revokedAt: null, secret };
  }

  /** The working link behind a secret; undefined when unknown, revoked or expired. */
  verify(secret: string): ShareLink | undefined {
    if (!secret.startsWith(LINK_PREFIX)) return undefined;
    const row = this.selectByHash.get(hashSecret(secret));
    return row && this.isWorkingRow(row) ? toLink(row) : undefined;
  }

  /** Link `id`, working or not, or undefined. */
  get(id: string): ShareLink | undefined {
    const row = this.selectById.get(id);
    return row ? toLink(row) : undefined;
  }

  /** Every link of a board, revoked and expired ones too, oldest first. */
  listOn(boardId: string): ShareLink[] {
    return this.selectOfBoard.all(boardId).map(toLink);
  }

  /**
   * The board and role of link `id` while it works, or undefined (one indexed lookup, cheap per
   * socket message).
   */
  working(id: string): { boardId: string; role: LinkRole; expiresAt: number | null } | undefined {
    const row = this.selectWorking.get(id, this.now());
    return row ? { boardId: row.board, role: row.role, expiresAt: row.expires_at } : undefined;
  }

  /** Revokes a link; true if it was not revoked already. */
  revoke(id: string): boolean {
    const revoked = this.revokeRow.run(this.now(), id).changes > 0;
    this.epoch.advance();
    return revoked;
  }

  private isWorkingRow(row: LinkRow): boolean {
    return row.revoked_at === null && (row.expires_at === null || row.expires_at > this.now());
  }
}
