import type Database from 'better-sqlite3';

/** The SQLite handle every storage module shares. */
export type Db = Database.Database;
