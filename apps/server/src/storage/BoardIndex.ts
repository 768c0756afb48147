import type { BoardKind } from '@cairn/model';
import type { Statement } from 'better-sqlite3';
import type { Db } from './Db.js';

/** A board as lists show it, without loading its document. */
export interface BoardSummary {
  readonly id: string;
  readonly kind: BoardKind;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

interface BoardRow {
  id: string;
  kind: string;
  title: string;
  created_at: number;
  updated_at: number;
}

function toSummary(row: BoardRow): BoardSummary {
  return {
    id: row.id,
    kind: row.kind as BoardKind,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The table of boards: which exist, their kind, and a copy of their title for lists. */
export class BoardIndex {
  private readonly insertRow: Statement<[string, string, string, number, number]>;
  private readonly selectOne: Statement<[string], BoardRow>;
  private readonly selectAll: Statement<[], BoardRow>;
  private readonly touchRow: Statement<[string, number, string]>;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      'INSERT INTO boards (id, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.selectOne = db.prepare('SELECT * FROM boards WHERE id = ?');
    this.selectAll = db.prepare('SELECT * FROM boards ORDER BY updated_at DESC, id');
    this.touchRow = db.prepare('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?');
  }

  add(board: BoardSummary): void {
    this.insertRow.run(board.id, board.kind, board.title, board.createdAt, board.updatedAt);
  }

  get(id: string): BoardSummary | undefined {
    const row = this.selectOne.get(id);
    return row ? toSummary(row) : undefined;
  }

  has(id: string): boolean {
    return this.selectOne.get(id) !== undefined;
  }

  /** Every board, most recently changed first. */
  list(): BoardSummary[] {
    return this.selectAll.all().map(toSummary);
  }

  /** Records a new title and change time after an edit. */
  touch(id: string, title: string, updatedAt: number): void {
    this.touchRow.run(title, updatedAt, id);
  }
}
