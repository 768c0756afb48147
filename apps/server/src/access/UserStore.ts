import type { Statement } from 'better-sqlite3';
import type { Role } from '../auth/roles.js';
import { newId } from '../auth/secrets.js';
import type { Db } from '../storage/Db.js';
import { AccessEpoch } from './AccessEpoch.js';

/** An account as admins and member lists see it: never the password hash. */
export interface UserInfo {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** Workspace role; null: none (board memberships and share links only). */
  readonly role: Role | null;
  readonly createdAt: number;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role | null;
  created_at: number;
}

/** Prefix of account ids, so a person id says whether it is an account or a token. */
export const USER_ID_PREFIX = 'u_';

const COLUMNS = 'id, email, name, role, created_at';

function toInfo(row: UserRow): UserInfo {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
  };
}

/** Accounts: email, name, argon2id password hash and workspace role. */
export class UserStore {
  private readonly insertRow: Statement<[string, string, string, string, number]>;
  private readonly selectById: Statement<[string], UserRow>;
  private readonly selectByEmail: Statement<[string], UserRow & { password_hash: string }>;
  private readonly selectAll: Statement<[], UserRow>;
  private readonly selectRole: Statement<[string], { role: Role | null }>;
  private readonly updateRole: Statement<[Role | null, string]>;
  private readonly updatePassword: Statement<[string, string]>;
  private readonly countAdmins: Statement<[], { admins: number }>;
  private readonly selectReaders: Statement<[string], UserRow>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    /** Told of every write that changes someone's access. */
    private readonly epoch: AccessEpoch = new AccessEpoch(),
  ) {
    // The first account of a fresh data directory (no accounts, no boards) is its admin; on a
    // directory upgraded from token-only releases nobody becomes admin by signing up first.
    this.insertRow = db.prepare(
      `INSERT INTO users (id, email, name, password_hash, role, created_at)
       SELECT ?, ?, ?, ?,
         CASE WHEN NOT EXISTS (SELECT 1 FROM users) AND NOT EXISTS (SELECT 1 FROM boards)
           THEN 'admin' END,
         ?`,
    );
    this.selectById = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.selectByEmail = db.prepare(`SELECT ${COLUMNS}, password_hash FROM users WHERE email = ?`);
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY created_at, rowid`);
    this.selectRole = db.prepare('SELECT role FROM users WHERE id = ?');
    this.updateRole = db.prepare('UPDATE users SET role = ? WHERE id = ?');
    this.updatePassword = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
    this.countAdmins = db.prepare("SELECT COUNT(*) AS admins FROM users WHERE role = 'admin'");
    this.selectReaders = db.prepare(
      `SELECT ${COLUMNS} FROM users
       WHERE role IS NOT NULL OR id IN (SELECT user_id FROM board_members WHERE board = ?)
       ORDER BY created_at, rowid`,
    );
  }

  /**
   * Creates an account, or returns undefined when the email is taken. `email` must already be
   * normalised (trimmed, lower-cased). The first account of a fresh data directory is made a
   * workspace admin.
   */
  create(email: string, name: string, passwordHash: string): UserInfo | undefined {
    const id = newId(USER_ID_PREFIX);
    try {
      this.insertRow.run(id, email, name, passwordHash, this.now());
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
    return this.get(id);
  }

  /** The account with this id, or undefined. */
  get(id: string): UserInfo | undefined {
    const row = this.selectById.get(id);
    return row ? toInfo(row) : undefined;
  }

  /** Replaces an account's password hash (the operator's reset); false when there is none. */
  setPasswordHash(id: string, passwordHash: string): boolean {
    return this.updatePassword.run(passwordHash, id).changes > 0;
  }

  /** The account with this (normalised) email and its password hash, for signing in. */
  findForSignIn(email: string): { user: UserInfo; passwordHash: string } | undefined {
    const row = this.selectByEmail.get(email);
    return row ? { user: toInfo(row), passwordHash: row.password_hash } : undefined;
  }

  /** The account with this (normalised) email, or undefined. */
  byEmail(email: string): UserInfo | undefined {
    return this.findForSignIn(email)?.user;
  }

  /** Every account, oldest first. */
  list(): UserInfo[] {
    return this.selectAll.all().map(toInfo);
  }

  /** Accounts that can read board `boardId` on their own: a workspace role or a membership. */
  readersOf(boardId: string): UserInfo[] {
    return this.selectReaders.all(boardId).map(toInfo);
  }

  /** The current workspace role (one indexed lookup, cheap per socket message). */
  roleOf(id: string): Role | null {
    return this.selectRole.get(id)?.role ?? null;
  }

  /**
   * Sets the workspace role. Refuses ('last-admin') to take the role from the last admin
   * account, so the workspace never ends up without one; 'not-found' for an unknown account.
   */
  setRole(id: string, role: Role | null): UserInfo | 'not-found' | 'last-admin' {
    const result = this.db.transaction(() => {
      const current = this.get(id);
      if (!current) return 'not-found';
      const demotesAdmin = current.role === 'admin' && role !== 'admin';
      if (demotesAdmin && (this.countAdmins.get()?.admins ?? 0) <= 1) return 'last-admin';
      this.updateRole.run(role, id);
      return { ...current, role };
    })();
    this.epoch.advance();
    return result;
  }
}

/** A unique constraint refused the row: SQLite's code, or PostgreSQL's SQLSTATE 23505. */
function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : null;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
