import type { BoardKind } from '@cairn/model';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';

/** What one person did on one followed board since the follower's last visit. */
export interface ActivitySince {
  readonly boardId: string;
  readonly title: string;
  readonly kind: BoardKind;
  /** The follower's last visit, or null if they never opened the board since following it. */
  readonly lastVisitAt: number | null;
  readonly personId: string;
  /** Their name as last recorded; null when they only edited over REST. */
  readonly personName: string | null;
  readonly edits: number;
  readonly comments: number;
  readonly lastAt: number;
}

interface ActivityRow {
  board: string;
  title: string;
  kind: BoardKind;
  last_visit_at: number | null;
  person: string;
  person_name: string | null;
  edits: number;
  comments: number;
  last_at: number;
}

/**
 * What people did on boards (document edits, comments), appended as rows with a growing `seq`,
 * so that "since your last visit" is every row after the one the visit remembered.
 */
export class ActivityStore {
  private readonly insertRow: Statement<[string, string, string | null, number, number, number]>;
  private readonly selectSince: Statement<[string], ActivityRow>;
  private readonly deleteBefore: Statement<[number]>;

  constructor(db: Db) {
    this.deleteBefore = db.prepare('DELETE FROM board_activity WHERE last_at < ?');
    this.insertRow = db.prepare(
      `INSERT INTO board_activity (board, person, person_name, edits, comments, last_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    // The latest non-null name of each person: a REST edit has none, a socket edit or comment has.
    this.selectSince = db.prepare(
      `SELECT f.board, b.title, b.kind, f.last_visit_at, a.person,
              (SELECT n.person_name FROM board_activity n
                WHERE n.board = f.board AND n.person = a.person AND n.person_name IS NOT NULL
                ORDER BY n.seq DESC LIMIT 1) AS person_name,
              SUM(a.edits) AS edits, SUM(a.comments) AS comments, MAX(a.last_at) AS last_at
       FROM board_follows f
       JOIN boards b ON b.id = f.board
       JOIN board_activity a ON a.board = f.board AND a.seq > f.seen_seq AND a.person <> f.person
       WHERE f.person = ? AND f.following = 1
       GROUP BY f.board, b.title, b.kind, f.last_visit_at, a.person`,
    );
  }

  /**
   * Forgets activity older than `at` (ms). Visits remember a sequence number, which only grows,
   * so what is left still counts correctly; someone away longer sees only the recent part.
   */
  pruneBefore(at: number): number {
    return this.deleteBefore.run(at).changes;
  }

  /** Records `edits` document updates by `person` on `board`, the last at `lastAt`. */
  addEdits(board: string, person: string, name: string | null, edits: number, lastAt: number) {
    this.insertRow.run(board, person, name, edits, 0, lastAt);
  }

  /** Records one comment by `person` on `board`. */
  addComment(board: string, person: string, name: string, at: number): void {
    this.insertRow.run(board, person, name, 0, 1, at);
  }

  /** For each board `follower` follows: what each other person did there since their last visit. */
  sinceLastVisit(follower: string): ActivitySince[] {
    return this.selectSince.all(follower).map((row) => ({
      boardId: row.board,
      title: row.title,
      kind: row.kind,
      lastVisitAt: row.last_visit_at,
      personId: row.person,
      personName: row.person_name,
      edits: row.edits,
      comments: row.comments,
      lastAt: row.last_at,
    }));
  }
}
