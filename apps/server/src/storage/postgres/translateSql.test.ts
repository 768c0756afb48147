import { describe, expect, it } from 'vitest';
import { translateSchema, translateStatement } from './translateSql.js';

describe('translateStatement', () => {
  it('numbers placeholders, leaving question marks inside literals alone', () => {
    expect(translateStatement("SELECT * FROM t WHERE a = ? AND b = '?' AND c = ?")).toBe(
      "SELECT * FROM t WHERE a = $1 AND b = '?' AND c = $2",
    );
  });

  it('reads a JSON array parameter as rows of value', () => {
    expect(translateStatement('SELECT value FROM json_each(?) WHERE x = ?')).toBe(
      'SELECT value FROM json_array_elements_text($1::json) WHERE x = $2',
    );
  });

  it('keeps camelCase aliases as written', () => {
    expect(translateStatement('SELECT d.next_at AS nextAt, d.id AS id FROM d')).toBe(
      'SELECT d.next_at AS "nextAt", d.id AS id FROM d',
    );
  });

  it('refuses SQLite-only statements with advice', () => {
    expect(() => translateStatement('INSERT OR IGNORE INTO t (a) VALUES (?)')).toThrow(
      /ON CONFLICT/,
    );
    expect(() => translateStatement('PRAGMA user_version')).toThrow(/pragmas/);
  });
});

describe('translateSchema', () => {
  it('maps column types and gives every table a rowid', () => {
    const ddl = `
      -- what's stored
      CREATE TABLE updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        data BLOB NOT NULL,
        score REAL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX updates_by_doc ON updates (doc, seq);`;
    const translated = translateSchema(ddl);
    expect(translated).toContain('rowid BIGSERIAL,');
    expect(translated).toContain('seq BIGSERIAL PRIMARY KEY');
    expect(translated).toContain('data BYTEA NOT NULL');
    expect(translated).toContain('score DOUBLE PRECISION');
    expect(translated).toContain('created_at BIGINT NOT NULL');
    expect(translated).not.toContain("what's");
  });

  it('keeps CHECK constraints with quoted words as they are', () => {
    expect(translateSchema("role TEXT CHECK (role IN ('INTEGER', 'BLOB'))")).toBe(
      "role TEXT CHECK (role IN ('INTEGER', 'BLOB'))",
    );
  });
});
