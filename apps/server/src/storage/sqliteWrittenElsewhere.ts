import type { Db } from './Db.js';

/**
 * Whether another connection (another process: the command line) has committed to the SQLite
 * database since the last call. SQLite's `PRAGMA data_version` changes exactly then, and not
 * for this connection's own commits.
 */
export function sqliteWrittenElsewhere(db: Db): () => boolean {
  const read = db.prepare('PRAGMA data_version').pluck();
  let last = read.get();
  return () => {
    const now = read.get();
    const changed = now !== last;
    last = now;
    return changed;
  };
}
