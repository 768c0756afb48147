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

/**
 * The durable log of Yjs updates plus snapshots. Every method is synchronous: `append` returns
 * only after SQLite has committed, which is what lets the server acknowledge an edit right after.
 */
export class UpdateLog {
  private readonly insert: Statement<[string, Buffer, number]>;
  private readonly selectSnapshot: Statement<[string], { data: Buffer; upto_seq: number }>;
  private readonly selectUpdates: Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly upsertSnapshot: Statement<[string, Buffer, number, number]>;
  private readonly deleteUpTo: Statement<[string, number]>;
  private readonly deleteAll: Statement<[string]>;
  private readonly deleteSnapshot: Statement<[string]>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.insert = db.prepare('INSERT INTO updates (doc, data, created_at) VALUES (?, ?, ?)');
    this.selectSnapshot = db.prepare('SELECT data, upto_seq FROM snapshots WHERE doc = ?');
    this.selectUpdates = db.prepare(
      'SELECT seq, data FROM updates WHERE doc = ? AND seq > ? ORDER BY seq',
    );
    this.upsertSnapshot = db.prepare(
      `INSERT INTO snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq,
         updated_at = excluded.updated_at`,
    );
    this.deleteUpTo = db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?');
    this.deleteAll = db.prepare('DELETE FROM updates WHERE doc = ?');
    this.deleteSnapshot = db.prepare('DELETE FROM snapshots WHERE doc = ?');
  }

  /** Appends one update and returns its seq once committed. */
  append(doc: string, update: Uint8Array): number {
    const result = this.insert.run(doc, toBuffer(update), this.now());
    return Number(result.lastInsertRowid);
  }

  /** Everything stored for `doc`. */
  load(doc: string): StoredDocument {
    const snapshot = this.selectSnapshot.get(doc);
    const rows = this.selectUpdates.all(doc, snapshot?.upto_seq ?? 0);
    const updates = rows.map((row) => new Uint8Array(row.data));
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      updates,
      logBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
      lastSeq: rows.at(-1)?.seq ?? snapshot?.upto_seq ?? 0,
    };
  }

  /**
   * Applies everything stored for `name` (snapshot, then log) to `doc` in one transaction, and
   * returns what was stored.
   */
  loadInto(doc: Y.Doc, name: string): StoredDocument {
    const stored = this.load(name);
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
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
        this.upsertSnapshot.run(doc, toBuffer(snapshot), stored.lastSeq, this.now());
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
