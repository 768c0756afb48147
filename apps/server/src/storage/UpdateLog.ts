import type { Statement } from 'better-sqlite3';
import * as Y from 'yjs';
import type { Db } from './Db.js';

/** What is stored for one document. */
export interface StoredDocument {
  /** Merged state up to `uptoSeq`, or null before the first compaction. */
  readonly snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, in order. */
  readonly updates: readonly Uint8Array[];
  /** Total bytes of `updates`. */
  readonly logBytes: number;
  /** Seq of the last stored update (or of the snapshot), 0 when nothing is stored. */
  readonly lastSeq: number;
}

/** The log rows of every document not yet folded into a snapshot (for the metrics). */
export interface PendingLog {
  readonly rows: number;
  readonly bytes: number;
  /** `created_at` (ms since the epoch) of the oldest, or null when there is none. */
  readonly oldestAt: number | null;
}

/**
 * The durable log of Yjs updates plus snapshots. Every method is synchronous: `append` returns
 * only after SQLite has committed, which is what lets the server acknowledge an edit right after.
 */
export class UpdateLog {
  private readonly insert: Statement<[string, Buffer, number], { seq: number }>;
  private readonly selectStored: Statement<
    [string, string, string],
    { part: number; data: Buffer; seq: number }
  >;
  private readonly upsertSnapshot: Statement<[string, Buffer, number, number]>;
  private readonly deleteUpTo: Statement<[string, number]>;
  private readonly deleteAll: Statement<[string]>;
  private readonly deleteSnapshot: Statement<[string]>;
  private readonly selectPending: Statement<[], { rows: number; bytes: number }>;
  private readonly selectOldest: Statement<[], { created_at: number }>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.insert = db.prepare(
      'INSERT INTO updates (doc, data, created_at) VALUES (?, ?, ?) RETURNING seq',
    );
    // One statement, so it reads one state of the database: a compaction committed by another
    // process between reading the snapshot and reading the log could otherwise hide updates
    // (an old snapshot, then only the updates after the new one).
    this.selectStored = db.prepare(
      `SELECT 0 AS part, data, upto_seq AS seq FROM snapshots WHERE doc = ?
       UNION ALL
       SELECT 1 AS part, data, seq FROM updates
         WHERE doc = ? AND seq > COALESCE((SELECT upto_seq FROM snapshots WHERE doc = ?), 0)
       ORDER BY part, seq`,
    );
    // Never replaces a snapshot with an older one: with several processes on one database, a
    // compaction that lost the race to a newer one changes nothing (and deletes nothing).
    this.upsertSnapshot = db.prepare(
      `INSERT INTO snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq,
         updated_at = excluded.updated_at
       WHERE snapshots.upto_seq < excluded.upto_seq`,
    );
    this.deleteUpTo = db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?');
    this.deleteAll = db.prepare('DELETE FROM updates WHERE doc = ?');
    this.deleteSnapshot = db.prepare('DELETE FROM snapshots WHERE doc = ?');
    // Compaction keeps the table short (it holds only what is not in a snapshot yet), so a
    // scan per scrape is cheap; the oldest row is the first by seq, read through the primary key.
    this.selectPending = db.prepare(
      'SELECT count(*) AS rows, coalesce(sum(length(data)), 0) AS bytes FROM updates',
    );
    this.selectOldest = db.prepare('SELECT created_at FROM updates ORDER BY seq LIMIT 1');
  }

  /** What every document's log holds beyond its snapshot. */
  pending(): PendingLog {
    const { rows, bytes } = this.selectPending.get() ?? { rows: 0, bytes: 0 };
    return { rows, bytes, oldestAt: this.selectOldest.get()?.created_at ?? null };
  }

  /** Appends one update and returns its seq once committed. */
  append(doc: string, update: Uint8Array): number {
    const row = this.insert.get(doc, toBuffer(update), this.now());
    if (!row) throw new Error(`Appending to ${doc} returned no seq.`);
    return Number(row.seq);
  }

  /** Everything stored for `doc`. */
  load(doc: string): StoredDocument {
    const rows = this.selectStored.all(doc, doc, doc);
    const snapshot = rows[0]?.part === 0 ? rows[0] : null;
    const logRows = snapshot ? rows.slice(1) : rows;
    const updates = logRows.map((row) => new Uint8Array(row.data));
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      updates,
      logBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
      lastSeq: rows.at(-1)?.seq ?? 0,
    };
  }

  /**
   * Applies everything stored for `name` (snapshot, then log) to `doc` in one transaction, and
   * returns what was stored.
   */
  loadInto(doc: Y.Doc, name: string): StoredDocument {
    const stored = this.load(name);
    applyStored(doc, stored);
    return stored;
  }

  /**
   * Folds the stored updates into the snapshot and drops them, in one transaction: a crash leaves
   * either the old or the new pair. The new snapshot is built from what is *stored*, never from
   * a document in memory, so it is right even if two instances of a document were ever alive
   * at once. Merging through a Y.Doc (rather than Y.mergeUpdates) garbage-collects deleted
   * content, which keeps a board that is edited for months from growing without bound.
   * Returns the size of the new snapshot in bytes, or null when there was nothing to fold.
   */
  compact(doc: string): number | null {
    return this.db.transaction(() => {
      const stored = this.load(doc);
      if (stored.updates.length === 0) return null;
      const merged = new Y.Doc();
      try {
        Y.transact(merged, () => {
          if (stored.snapshot) Y.applyUpdate(merged, stored.snapshot);
          for (const update of stored.updates) Y.applyUpdate(merged, update);
        });
        const snapshot = Y.encodeStateAsUpdate(merged);
        const written = this.upsertSnapshot.run(
          doc,
          toBuffer(snapshot),
          stored.lastSeq,
          this.now(),
        );
        if (written.changes === 0) return null;
        this.deleteUpTo.run(doc, stored.lastSeq);
        return snapshot.byteLength;
      } finally {
        merged.destroy();
      }
    })();
  }

  /** Forgets a document entirely. */
  remove(doc: string): void {
    this.db.transaction(() => {
      this.deleteAll.run(doc);
      this.deleteSnapshot.run(doc);
    })();
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Applies what was stored for a document (snapshot, then log) to `doc` in one transaction. */
export function applyStored(doc: Y.Doc, stored: StoredDocument): void {
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
}
