import { MIGRATIONS } from '../migrate.js';
import type { PostgresDb } from './PostgresDb.js';

/** Any number, the same in every Cairn process: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 0x63616972;

/**
 * Brings a PostgreSQL database's schema up to date with the same migrations as SQLite's
 * (translated), recording how many have run in `cairn_schema`. Several Cairn processes starting
 * at once take turns: the first migrates, the others find nothing left to do.
 */
export function migratePostgres(db: PostgresDb): void {
  db.execNative('CREATE TABLE IF NOT EXISTS cairn_schema (version BIGINT NOT NULL)');
  db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const row = db.query('SELECT version FROM cairn_schema').rows[0];
    if (!row) db.query('INSERT INTO cairn_schema (version) VALUES (0)');
    const current = typeof row?.['version'] === 'number' ? row['version'] : 0;
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[version] as string);
        db.query('UPDATE cairn_schema SET version = $1', [version + 1]);
      })();
    }
  } finally {
    db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
