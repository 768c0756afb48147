import type { Statement } from 'better-sqlite3';
import { hashSecret, newId, newSecret } from '../auth/secrets.js';
import type { Db } from '../storage/Db.js';
import { HIDEABLE_FIELDS, normaliseHidden, type HideableField } from './publishedFields.js';

/** Prefix of every publication secret; distinct from tokens' `cairn_` and links' `cairnlink_`. */
export const PUBLICATION_PREFIX = 'cairnpub_';

/** A published view as its board's editors list it: never the secret. */
export interface Publication {
  readonly id: string;
  readonly boardId: string;
  readonly label: string;
  /** Field groups left out of the view, in HIDEABLE_FIELDS order. */
  readonly hidden: readonly HideableField[];
  /** Person id of the publisher. */
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly revokedAt: number | null;
}

/** A publication just made: the only time its secret is known. */
export interface CreatedPublication extends Publication {
  readonly secret: string;
}

/** What publishing a board takes. */
export interface NewPublication {
  readonly boardId: string;
  readonly label: string;
  readonly hidden: readonly HideableField[];
  readonly createdBy: string;
}

interface PublicationRow {
  id: string;
  board: string;
  label: string;
  hidden: string;
  created_by: string;
  created_at: number;
  updated_at: number;
  revoked_at: number | null;
}

const COLUMNS = 'id, board, label, hidden, created_by, created_at, updated_at, revoked_at';

/** The stored list of hidden fields; unknown names (from a later release) are dropped. */
function parseHidden(json: string): HideableField[] {
  const value: unknown = JSON.parse(json);
  // Unreadable: hide everything rather than show what the publisher may have hidden.
  if (!Array.isArray(value)) return [...HIDEABLE_FIELDS];
  return HIDEABLE_FIELDS.filter((field) => value.includes(field));
}

function toPublication(row: PublicationRow): Publication {
  return {
    id: row.id,
    boardId: row.board,
    label: row.label,
    hidden: parseHidden(row.hidden),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revokedAt: row.revoked_at,
  };
}

/** Published views of boards, stored with a hash of their secret. One works until revoked. */
export class PublicationStore {
  private readonly insertRow: Statement<
    [string, string, string, string, string, string, number, number]
  >;
  private readonly selectByHash: Statement<[string], PublicationRow>;
  private readonly selectById: Statement<[string, string], PublicationRow>;
  private readonly selectOfBoard: Statement<[string], PublicationRow>;
  private readonly updateRow: Statement<[string, string, number, string, string]>;
  private readonly revokeRow: Statement<[number, string, string]>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.insertRow = db.prepare(
      `INSERT INTO publications
         (id, board, secret_hash, label, hidden, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectByHash = db.prepare(
      `SELECT ${COLUMNS} FROM publications WHERE secret_hash = ? AND revoked_at IS NULL`,
    );
    this.selectById = db.prepare(`SELECT ${COLUMNS} FROM publications WHERE id = ? AND board = ?`);
    this.selectOfBoard = db.prepare(
      `SELECT ${COLUMNS} FROM publications WHERE board = ? ORDER BY created_at, rowid`,
    );
    this.updateRow = db.prepare(
      `UPDATE publications SET label = ?, hidden = ?, updated_at = ?
       WHERE id = ? AND board = ? AND revoked_at IS NULL`,
    );
    this.revokeRow = db.prepare(
      `UPDATE publications SET revoked_at = ? WHERE id = ? AND board = ? AND revoked_at IS NULL`,
    );
  }

  /** Publishes a board; the secret is in the result and nowhere else. */
  create(publication: NewPublication): CreatedPublication {
    const id = newId('pub_');
    const secret = newSecret(PUBLICATION_PREFIX);
    const at = this.now();
    const hidden = normaliseHidden(publication.hidden);
    this.insertRow.run(
      id,
      publication.boardId,
      hashSecret(secret),
      publication.label,
      JSON.stringify(hidden),
      publication.createdBy,
      at,
      at,
    );
    return {
      id,
      boardId: publication.boardId,
      label: publication.label,
      hidden,
      createdBy: publication.createdBy,
      createdAt: at,
      updatedAt: at,
      revokedAt: null,
      secret,
    };
  }

  /** The working publication behind a secret; undefined when unknown or revoked. */
  verify(secret: string): Publication | undefined {
    if (!secret.startsWith(PUBLICATION_PREFIX)) return undefined;
    const row = this.selectByHash.get(hashSecret(secret));
    return row ? toPublication(row) : undefined;
  }

  /** Publication `id` of board `boardId`, revoked or not, or undefined. */
  get(boardId: string, id: string): Publication | undefined {
    const row = this.selectById.get(id, boardId);
    return row ? toPublication(row) : undefined;
  }

  /** Every publication of a board, revoked ones too, oldest first. */
  listOn(boardId: string): Publication[] {
    return this.selectOfBoard.all(boardId).map(toPublication);
  }

  /** Changes the label and hidden fields of a working publication; false when revoked or gone. */
  update(
    boardId: string,
    id: string,
    change: { readonly label: string; readonly hidden: readonly HideableField[] },
  ): boolean {
    const hidden = JSON.stringify(normaliseHidden(change.hidden));
    return this.updateRow.run(change.label, hidden, this.now(), id, boardId).changes > 0;
  }

  /** Revokes a publication: its address answers 404 from now on. True if it was working. */
  revoke(boardId: string, id: string): boolean {
    return this.revokeRow.run(this.now(), id, boardId).changes > 0;
  }
}
