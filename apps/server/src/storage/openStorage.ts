import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Db } from './Db.js';
import { DATABASE_FILE, openDatabase, type SyncMode } from './openDatabase.js';
import { migratePostgres } from './postgres/migratePostgres.js';
import { PostgresDb } from './postgres/PostgresDb.js';
import { sqliteWrittenElsewhere } from './sqliteWrittenElsewhere.js';
import { LogFile, WalSync } from './WalSync.js';

/** Where Cairn keeps its data. */
export interface StorageSettings {
  readonly dataDir: string;
  readonly sqliteSync: SyncMode;
  /** PostgreSQL's address; null for SQLite in `dataDir`. */
  readonly databaseUrl: string | null;
}

/**
 * Opens the database every store shares, with its schema up to date: SQLite in the data
 * directory by default, PostgreSQL when DATABASE_URL names one (several Cairn processes then
 * share it). Both offer the same synchronous surface (PostgresDb).
 */
export function openStorage(settings: StorageSettings): Db {
  if (settings.databaseUrl === null) return openDatabase(settings.dataDir, settings.sqliteSync);
  const db = PostgresDb.connect(settings.databaseUrl);
  try {
    migratePostgres(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db.asDb();
}

/** The server's database, and how it learns that its commits are durable. */
export interface ServerStorage {
  readonly db: Db;
  /**
   * Resolves once every commit made before the call is on disk as far as the configured
   * durability promises: what acknowledgements and 2xx answers to writes wait for.
   */
  readonly durable: () => Promise<void>;
  /** Closes the database (and the log's handle). */
  readonly close: () => Promise<void>;
  /**
   * Whether another process has written to the database since the last call (SQLite); null
   * where that cannot be told cheaply (PostgreSQL, shared by several processes).
   */
  readonly writtenElsewhere: (() => boolean) | null;
}

const AT_ONCE = (): Promise<void> => Promise.resolve();

/**
 * The database as the server opens it. SQLite with `full` durability runs `synchronous=NORMAL`
 * and flushes its write-ahead log off the event loop before anything promises durability
 * (WalSync); PostgreSQL and SQLite `normal` are as durable as they will be once a commit returns.
 */
export function openServerStorage(settings: StorageSettings, logger: Logger): ServerStorage {
  if (settings.databaseUrl !== null || settings.sqliteSync === 'normal') {
    const db = openStorage(settings);
    return {
      db,
      durable: AT_ONCE,
      writtenElsewhere: settings.databaseUrl === null ? sqliteWrittenElsewhere(db) : null,
      close: async () => {
        db.close();
      },
    };
  }
  const db = openDatabase(settings.dataDir, 'normal');
  const file = new LogFile(`${join(settings.dataDir, DATABASE_FILE)}-wal`);
  const log = new WalSync(() => file.flush(), logger);
  return {
    db,
    durable: () => log.synced(),
    writtenElsewhere: sqliteWrittenElsewhere(db),
    close: async () => {
      await file.close();
      db.close();
    },
  };
}
