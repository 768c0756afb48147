import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';

/** How many failed sign-ins one email may have within the window before it is refused. */
export const MAX_SIGNIN_FAILURES = 10;

/** The window failures are counted in. */
export const SIGNIN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed sign-ins per email, so guessing one person's password stops after
 * MAX_SIGNIN_FAILURES tries within SIGNIN_WINDOW_MS. Kept in the database, so every process of a
 * deployment counts the same failures and a restart forgets none; failures older than the window
 * are deleted as new ones arrive, so the table cannot grow without bound.
 */
export class SigninThrottle {
  private readonly countSince: Statement<[string, number], { failures: number }>;
  private readonly insert: Statement<[string, number]>;
  private readonly deleteOld: Statement<[number]>;
  private readonly deleteOf: Statement<[string]>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.countSince = db.prepare(
      'SELECT COUNT(*) AS failures FROM signin_failures WHERE email = ? AND at > ?',
    );
    this.insert = db.prepare('INSERT INTO signin_failures (email, at) VALUES (?, ?)');
    this.deleteOld = db.prepare('DELETE FROM signin_failures WHERE at <= ?');
    this.deleteOf = db.prepare('DELETE FROM signin_failures WHERE email = ?');
  }

  /** True when `email` has used up its failures for now. */
  isBlocked(email: string): boolean {
    const since = this.now() - SIGNIN_WINDOW_MS;
    return (this.countSince.get(email, since)?.failures ?? 0) >= MAX_SIGNIN_FAILURES;
  }

  recordFailure(email: string): void {
    const now = this.now();
    this.deleteOld.run(now - SIGNIN_WINDOW_MS);
    this.insert.run(email, now);
  }

  /** A correct password clears the count. */
  recordSuccess(email: string): void {
    this.deleteOf.run(email);
  }
}
