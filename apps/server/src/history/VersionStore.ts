import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';

/** Who took a version, as the server established it when they did. */
export interface VersionAuthor {
  readonly id: string;
  readonly name: string;
}

/** A version as lists show it (without its content). */
export interface VersionSummary {
  readonly id: string;
  readonly boardId: string;
  readonly name: string;
  readonly author: VersionAuthor;
  /** True when the schedule took it. */
  readonly scheduled: boolean;
  readonly createdAt: number;
  /** Bytes of the stored document. */
  readonly size: number;
}

/** A version with the document it holds. */
export interface StoredVersion extends VersionSummary {
  /** `Y.encodeStateAsUpdate` of the board's document when it was taken. */
  readonly state: Uint8Array;
  /** `Y.encodeStateVector` of it then. */
  readonly stateVector: Uint8Array;
}

/** A version about to be stored. */
export type NewVersion = Omit<StoredVersion, 'size'>;

interface SummaryRow {
  id: string;
  board: string;
  name: string;
  author: string;
  author_name: string;
  scheduled: number;
  created_at: number;
  size: number;
}

interface VersionRow extends SummaryRow {
  state: Buffer;
  state_vector: Buffer;
}

const SUMMARY_COLUMNS =
  'id, board, name, author, author_name, scheduled, created_at, length(state) AS size';

function toSummary(row: SummaryRow): VersionSummary {
  return {
    id: row.id,
    boardId: row.board,
    name: row.name,
    author: { id: row.author, name: row.author_name },
    scheduled: row.scheduled === 1,
    createdAt: row.created_at,
    size: row.size,
  };
}

/** Named versions of boards (docs/history.md). Newest first wherever lists are returned. */
export class VersionStore {
  private readonly insertRow: Statement<
    [string, string, string, string, string, number, Buffer, Buffer, number]
  >;
  private readonly selectOne: Statement<[string, string], VersionRow>;
  private readonly selectByBoard: Statement<[string], SummaryRow>;
  private readonly selectLatest: Statement<[string], VersionRow>;
  private readonly countByBoard: Statement<[string], { count: number }>;
  private readonly deleteRow: Statement<[string, string]>;
  private readonly deleteOldScheduled: Statement<[string, string, number]>;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO board_versions
         (id, board, name, author, author_name, scheduled, state, state_vector, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectOne = db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, state, state_vector FROM board_versions WHERE board = ? AND id = ?`,
    );
    // rowid breaks ties between versions taken in the same millisecond.
    this.selectByBoard = db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM board_versions WHERE board = ?
       ORDER BY created_at DESC, rowid DESC`,
    );
    this.selectLatest = db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, state, state_vector FROM board_versions WHERE board = ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    );
    this.countByBoard = db.prepare('SELECT count(*) AS count FROM board_versions WHERE board = ?');
    this.deleteRow = db.prepare('DELETE FROM board_versions WHERE board = ? AND id = ?');
    this.deleteOldScheduled = db.prepare(
      `DELETE FROM board_versions WHERE board = ? AND scheduled = 1 AND id NOT IN (
         SELECT id FROM board_versions WHERE board = ? AND scheduled = 1
         ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    );
  }

  add(version: NewVersion): VersionSummary {
    this.insertRow.run(
      version.id,
      version.boardId,
      version.name,
      version.author.id,
      version.author.name,
      version.scheduled ? 1 : 0,
      Buffer.from(version.state),
      Buffer.from(version.stateVector),
      version.createdAt,
    );
    return {
      id: version.id,
      boardId: version.boardId,
      name: version.name,
      author: version.author,
      scheduled: version.scheduled,
      createdAt: version.createdAt,
      size: version.state.length,
    };
  }

  /** The version `id` of board `boardId`; undefined when missing or of another board. */
  get(boardId: string, id: string): StoredVersion | undefined {
    const row = this.selectOne.get(boardId, id);
    return row && { ...toSummary(row), state: row.state, stateVector: row.state_vector };
  }

  /** The board's most recent version, if any. */
  latest(boardId: string): StoredVersion | undefined {
    const row = this.selectLatest.get(boardId);
    return row && { ...toSummary(row), state: row.state, stateVector: row.state_vector };
  }

  list(boardId: string): VersionSummary[] {
    return this.selectByBoard.all(boardId).map(toSummary);
  }

  count(boardId: string): number {
    return this.countByBoard.get(boardId)?.count ?? 0;
  }

  /** Deletes a version; false when the board has no such version. */
  delete(boardId: string, id: string): boolean {
    return this.deleteRow.run(boardId, id).changes > 0;
  }

  /** Keeps the `keep` newest scheduled versions of a board and deletes older ones. */
  pruneScheduled(boardId: string, keep: number): number {
    return this.deleteOldScheduled.run(boardId, boardId, keep).changes;
  }
}
