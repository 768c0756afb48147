import type { Statement } from 'better-sqlite3';
import { hashSecret, newId, newSecret } from '../auth/secrets.js';
import type { Db } from '../storage/Db.js';
import { AccessEpoch } from './AccessEpoch.js';

/** How long a session lasts after its last use. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * How stale `last_used_at` may get before a use extends the session: every request would
 * otherwise be a write (an fsync with synchronous=FULL) just to move the expiry by seconds.
 */
export const SESSION_REFRESH_MS = 60 * 60 * 1000;

/** Prefix of the cookie's secret. */
const SESSION_PREFIX = 'cairnsession_';

/** A session just made: the only time its secret is known. */
export interface CreatedSession {
  readonly id: string;
  readonly secret: string;
  readonly expiresAt: number;
}

/** A working session, found from its secret. */
export interface VerifiedSession {
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: number;
  /** True when this use extended the session, so the cookie's expiry should move too. */
  readonly refreshed: boolean;
}

interface SessionRow {
  id: string;
  user_id: string;
  last_used_at: number;
  expires_at: number;
}

/** Sessions of signed-in people, stored as hashes, 30 days from the last use. */
export class SessionStore {
  private readonly insertRow: Statement<[string, string, string, number, number, number]>;
  private readonly selectByHash: Statement<[string], SessionRow>;
  private readonly touchRow: Statement<[number, number, string]>;
  private readonly selectActive: Statement<[string, number], { expires_at: number }>;
  private readonly deleteRow: Statement<[string]>;
  private readonly deleteOfUser: Statement<[string]>;
  private readonly deleteExpired: Statement<[number]>;

  constructor(
    db: Db,
    private readonly now: () => number,
    /** Told of every write that changes someone's access. */
    private readonly epoch: AccessEpoch = new AccessEpoch(),
  ) {
    this.insertRow = db.prepare(
      `INSERT INTO sessions (id, secret_hash, user_id, created_at, last_used_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.selectByHash = db.prepare(
      'SELECT id, user_id, last_used_at, expires_at FROM sessions WHERE secret_hash = ?',
    );
    this.touchRow = db.prepare('UPDATE sessions SET last_used_at = ?, expires_at = ? WHERE id = ?');
    this.selectActive = db.prepare(
      'SELECT expires_at FROM sessions WHERE id = ? AND expires_at > ?',
    );
    this.deleteRow = db.prepare('DELETE FROM sessions WHERE id = ?');
    this.deleteOfUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
    this.deleteExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  }

  /** Starts a session for `userId` (and forgets expired ones, so the table stays small). */
  create(userId: string): CreatedSession {
    const now = this.now();
    this.deleteExpired.run(now);
    const id = newId();
    const secret = newSecret(SESSION_PREFIX);
    const expiresAt = now + SESSION_LIFETIME_MS;
    this.insertRow.run(id, hashSecret(secret), userId, now, now, expiresAt);
    return { id, secret, expiresAt };
  }

  /** The session behind a cookie secret, extended by this use; undefined when unknown or expired. */
  verify(secret: string): VerifiedSession | undefined {
    if (!secret.startsWith(SESSION_PREFIX)) return undefined;
    const row = this.selectByHash.get(hashSecret(secret));
    const now = this.now();
    if (!row || row.expires_at <= now) return undefined;
    if (now - row.last_used_at < SESSION_REFRESH_MS) {
      return { id: row.id, userId: row.user_id, expiresAt: row.expires_at, refreshed: false };
    }
    const expiresAt = now + SESSION_LIFETIME_MS;
    this.touchRow.run(now, expiresAt, row.id);
    return { id: row.id, userId: row.user_id, expiresAt, refreshed: true };
  }

  /**
   * While session `id` exists and has not expired, when it expires unless used again (one indexed
   * lookup); null once it is gone.
   */
  activeUntil(id: string): number | null {
    return this.selectActive.get(id, this.now())?.expires_at ?? null;
  }

  /** Ends one session (signing out). */
  end(id: string): void {
    this.deleteRow.run(id);
    this.epoch.advance();
  }

  /** Ends every session of a person (signing out everywhere); returns how many there were. */
  endAllOf(userId: string): number {
    const ended = this.deleteOfUser.run(userId).changes;
    this.epoch.advance();
    return ended;
  }
}
