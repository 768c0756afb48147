import type { Ballot } from '@cairn/model';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';

/** Reads a stored ballot back; anything but shape ids with whole positive dots is dropped. */
function parseDots(json: string): Ballot {
  const ballot: Record<string, number> = {};
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return ballot;
    for (const [shapeId, dots] of Object.entries(value)) {
      if (Number.isSafeInteger(dots) && (dots as number) > 0) ballot[shapeId] = dots as number;
    }
  } catch {
    // A damaged row reads as an empty ballot rather than failing the whole vote.
  }
  return ballot;
}

/**
 * The dot-vote ballots of every board, in SQLite and never in a document, so that nobody can
 * read anyone else's dots before the reveal. A ballot belongs to (board, vote, voter); a person
 * with no dots has no row, so the row count is the number of people who voted.
 */
export class BallotStore {
  private readonly upsert: Statement<[string, string, string, string, number]>;
  private readonly deleteOne: Statement<[string, string, string]>;
  private readonly selectOne: Statement<[string, string, string], { dots: string }>;
  private readonly selectAll: Statement<[string, string], { dots: string }>;
  private readonly countVoters: Statement<[string, string], { voters: number }>;
  private readonly deleteBoard: Statement<[string]>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.upsert = db.prepare(
      `INSERT INTO ballots (board, vote, voter, dots, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (board, vote, voter) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`,
    );
    this.deleteOne = db.prepare('DELETE FROM ballots WHERE board = ? AND vote = ? AND voter = ?');
    this.selectOne = db.prepare(
      'SELECT dots FROM ballots WHERE board = ? AND vote = ? AND voter = ?',
    );
    this.selectAll = db.prepare(
      'SELECT dots FROM ballots WHERE board = ? AND vote = ? ORDER BY voter',
    );
    this.countVoters = db.prepare(
      'SELECT COUNT(*) AS voters FROM ballots WHERE board = ? AND vote = ?',
    );
    this.deleteBoard = db.prepare('DELETE FROM ballots WHERE board = ?');
  }

  /**
   * Replaces the whole ballot of `voter` (an empty one removes it) and returns how many people
   * have voted in this vote. The caller has checked the dots against the vote and the board.
   */
  put(board: string, vote: string, voter: string, dots: Ballot): number {
    if (Object.keys(dots).length === 0) this.deleteOne.run(board, vote, voter);
    else this.upsert.run(board, vote, voter, JSON.stringify(dots), this.now());
    return this.voters(board, vote);
  }

  /** The ballot of `voter` in this vote; empty when they have not voted. */
  get(board: string, vote: string, voter: string): Ballot {
    const row = this.selectOne.get(board, vote, voter);
    return row ? parseDots(row.dots) : {};
  }

  /** Every ballot of this vote, in a stable order. */
  all(board: string, vote: string): Ballot[] {
    return this.selectAll.all(board, vote).map((row) => parseDots(row.dots));
  }

  /** How many people have at least one dot in this vote. */
  voters(board: string, vote: string): number {
    return this.countVoters.get(board, vote)?.voters ?? 0;
  }

  /** Forgets every ballot of `board`: its vote was revealed, ended or replaced. */
  clear(board: string): void {
    this.deleteBoard.run(board);
  }
}
