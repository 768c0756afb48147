import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './Db.js';
import { migrate } from './migrate.js';

/** How hard SQLite works to keep a commit when the machine loses power. */
export type SyncMode = 'full' | 'normal';

/** File name of the database inside the data directory. */
export const DATABASE_FILE = 'cairn.sqlite';

/**
 * Opens (creating if needed) the database in `dataDir` and brings its schema up to date.
 *
 * WAL lets the CLI and backups read while the server writes. With `synchronous=FULL` every commit
 * is fsynced before it returns, so an acknowledged edit survives a power cut as well as
 * `kill -9`; `normal` survives `kill -9` (the OS holds the write) but may lose the last commits on
 * power loss, for operators who trade that for throughput. The server gets `full`'s promise
 * without its disk waits on the event loop: see openServerStorage.
 */
export function openDatabase(dataDir: string, sync: SyncMode): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  // First: another process (the server, or the CLI) may hold the lock for a moment, and even the
  // journal-mode pragma below must wait for it rather than fail with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
