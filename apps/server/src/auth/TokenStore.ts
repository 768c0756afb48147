import type { Statement } from 'better-sqlite3';
import { AccessEpoch } from '../access/AccessEpoch.js';
import type { Db } from '../storage/Db.js';
import type { Identity } from './Identity.js';
import type { Role } from './roles.js';
import { hashSecret, newId, newSecret } from './secrets.js';

/** A token as admins list it: never the secret. */
export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** A token just created: the only time its secret is known. */
export interface CreatedToken extends TokenInfo {
  readonly token: string;
}

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: number;
  revoked_at: number | null;
}

/** Prefix of every secret, so leaked tokens are easy to recognise in logs and scanners. */
export const TOKEN_PREFIX = 'cairn_';

function toInfo(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** API tokens, stored as hashes. */
export class TokenStore {
  private readonly insertRow: Statement<[string, string, string, string, number]>;
  private readonly selectByHash: Statement<[string], TokenRow>;
  private readonly selectById: Statement<[string], TokenRow>;
  private readonly selectAll: Statement<[], TokenRow>;
  private readonly revokeRow: Statement<[number, string]>;
  private readonly selectActive: Statement<[string], { active: number }>;

  constructor(
    db: Db,
    private readonly now: () => number,
    /** Told of every write that changes someone's access. */
    private readonly epoch: AccessEpoch = new AccessEpoch(),
  ) {
    this.insertRow = db.prepare(
      'INSERT INTO tokens (id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.selectByHash = db.prepare(
      'SELECT id, name, role, created_at, revoked_at FROM tokens WHERE secret_hash = ?',
    );
    this.selectById = db.prepare(
      'SELECT id, name, role, created_at, revoked_at FROM tokens WHERE id = ?',
    );
    this.selectAll = db.prepare(
      'SELECT id, name, role, created_at, revoked_at FROM tokens ORDER BY created_at, id',
    );
    this.revokeRow = db.prepare(
      'UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    );
    this.selectActive = db.prepare(
      'SELECT 1 AS active FROM tokens WHERE id = ? AND revoked_at IS NULL',
    );
  }

  /** Creates a token; its secret is in the result and nowhere else. */
  create(name: string, role: Role): CreatedToken {
    const id = newId();
    const token = newSecret(TOKEN_PREFIX);
    const createdAt = this.now();
    this.insertRow.run(id, name, role, hashSecret(token), createdAt);
    return { id, name, role, createdAt, revokedAt: null, token };
  }

  /** The identity behind a secret, or undefined for an unknown or revoked one. */
  verify(token: string): Identity | undefined {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const row = this.selectByHash.get(hashSecret(token));
    if (!row || row.revoked_at !== null) return undefined;
    return {
      id: row.id,
      name: row.name,
      kind: 'token',
      role: row.role,
      credentials: { tokenId: row.id },
    };
  }

  get(id: string): TokenInfo | undefined {
    const row = this.selectById.get(id);
    return row ? toInfo(row) : undefined;
  }

  list(): TokenInfo[] {
    return this.selectAll.all().map(toInfo);
  }

  /** True while token `id` exists and is not revoked (one indexed lookup, cheap per message). */
  isActive(id: string): boolean {
    return this.selectActive.get(id) !== undefined;
  }

  /** Revokes a token; true if it was active. */
  revoke(id: string): boolean {
    const revoked = this.revokeRow.run(this.now(), id).changes > 0;
    this.epoch.advance();
    return revoked;
  }
}
