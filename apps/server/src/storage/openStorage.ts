import type { Db } from './Db.js';
import { openDatabase, type SyncMode } from './openDatabase.js';
import { migratePostgres } from './postgres/migratePostgres.js';
import { PostgresDb } from './postgres/PostgresDb.js';

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
