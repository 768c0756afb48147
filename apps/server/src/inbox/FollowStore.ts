import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';

/** The newest activity row now: where "since" starts for a new follow or a visit. */
const LATEST_SEQ = '(SELECT COALESCE(MAX(seq), 0) FROM board_activity)';

/**
 * Who follows which board and when they last opened it. Creating a board, commenting on it and
 * being mentioned on it follow it automatically, but never undo an unfollow: only `follow`
 * does. A visit or a first follow remembers the latest activity row, so "since your last visit"
 * starts there.
 */
export class FollowStore {
  private readonly setFollowing: Statement<[string, string, number]>;
  private readonly autoFollowRow: Statement<[string, string]>;
  private readonly visitRow: Statement<[string, string, number]>;
  private readonly selectFollowing: Statement<[string, string], { following: number | null }>;

  constructor(db: Db) {
    this.setFollowing = db.prepare(
      `INSERT INTO board_follows (person, board, following, seen_seq) VALUES (?, ?, ?, ${LATEST_SEQ})
       ON CONFLICT (person, board) DO UPDATE SET following = excluded.following`,
    );
    this.autoFollowRow = db.prepare(
      `INSERT INTO board_follows (person, board, following, seen_seq) VALUES (?, ?, 1, ${LATEST_SEQ})
       ON CONFLICT (person, board) DO UPDATE SET following = 1 WHERE board_follows.following IS NULL`,
    );
    this.visitRow = db.prepare(
      `INSERT INTO board_follows (person, board, last_visit_at, seen_seq)
       VALUES (?, ?, ?, ${LATEST_SEQ})
       ON CONFLICT (person, board) DO UPDATE
         SET last_visit_at = excluded.last_visit_at, seen_seq = excluded.seen_seq`,
    );
    this.selectFollowing = db.prepare(
      'SELECT following FROM board_follows WHERE person = ? AND board = ?',
    );
  }

  /** `person` follows `board` from now on (also after an unfollow). */
  follow(person: string, board: string): void {
    this.setFollowing.run(person, board, 1);
  }

  /** `person` stops following `board`; automatic follows will not start it again. */
  unfollow(person: string, board: string): void {
    this.setFollowing.run(person, board, 0);
  }

  /** `person` follows `board` unless they chose to unfollow it. */
  autoFollow(person: string, board: string): void {
    this.autoFollowRow.run(person, board);
  }

  /** Records that `person` opened `board` now: later activity is "since your last visit". */
  visit(person: string, board: string, at: number): void {
    this.visitRow.run(person, board, at);
  }

  isFollowing(person: string, board: string): boolean {
    return this.selectFollowing.get(person, board)?.following === 1;
  }
}
