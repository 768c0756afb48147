import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../storage/Db.js';
import { DATABASE_FILE, openDatabase } from '../storage/openDatabase.js';
import { TokenStore } from './TokenStore.js';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function openStore(): { tokens: TokenStore; dir: string; db: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-tokens-'));
  const db = openDatabase(dir, 'full');
  opened.push({ db, dir });
  return { tokens: new TokenStore(db, () => 1_000), dir, db };
}

describe('TokenStore', () => {
  it('verifies a token to its identity until it is revoked', () => {
    const { tokens } = openStore();
    const created = tokens.create('Priya (PM)', 'editor');
    expect(tokens.verify(created.token)).toEqual({
      id: created.id,
      name: 'Priya (PM)',
      kind: 'token',
      role: 'editor',
      credentials: { tokenId: created.id },
    });
    expect(tokens.revoke(created.id)).toBe(true);
    expect(tokens.verify(created.token)).toBeUndefined();
    expect(tokens.revoke(created.id)).toBe(false);
    expect(tokens.get(created.id)?.revokedAt).toBe(1_000);
  });

  it('rejects unknown and malformed secrets', () => {
    const { tokens } = openStore();
    const created = tokens.create('A', 'viewer');
    expect(tokens.verify(`${created.token}x`)).toBeUndefined();
    expect(tokens.verify('')).toBeUndefined();
    expect(tokens.verify(created.token.replace('cairn_', ''))).toBeUndefined();
  });

  it('never stores the secret itself', () => {
    const { tokens, dir, db } = openStore();
    const created = tokens.create('A', 'admin');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(join(dir, DATABASE_FILE));
    expect(bytes.includes(Buffer.from(created.token))).toBe(false);
    expect(JSON.stringify(tokens.list())).not.toContain(created.token);
  });
});
