import {
  isTransactionOrigin,
  type beforeUnloadDocumentPayload,
  type Connection,
  type Document,
  type Extension,
  type onLoadDocumentPayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { StoredSize } from '../limits/DocumentSizeLimit.js';
import { applyStored, type StoredDocument, type UpdateLog } from '../storage/UpdateLog.js';
import type { GroupCommit } from './GroupCommit.js';
import { withoutUpdateEvents } from './withoutUpdateEvents.js';

/** When the log of one document is folded into its snapshot. */
export interface CompactionPolicy {
  /**
   * Compact once the log holds more bytes than this and than the snapshot itself. Tying the
   * threshold to the snapshot size keeps bytes written under about twice the update bytes
   * received, unlike rewriting the whole document every few seconds.
   */
  readonly minLogBytes: number;
  /** Compact once the log holds this many updates, whatever their size (loads replay each one). */
  readonly maxLogUpdates: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = {
  minLogBytes: 64 * 1024,
  maxLogUpdates: 2_000,
};

/** What the metrics learn from persistence (see metrics/CairnMetrics). */
export interface PersistenceObserver {
  /**
   * An update is appended; `connection` is the socket connection it came from, if any. Returns
   * what to call once it is on disk (a group commit may come a moment later).
   */
  updateAppended(bytes: number, connection: Connection | null): () => void;
  /** A compaction ran for `seconds`, writing a snapshot of `snapshotBytes` (0: none). */
  compacted(seconds: number, outcome: 'done' | 'failed', snapshotBytes?: number): void;
}

const NO_OBSERVER: PersistenceObserver = {
  updateAppended: () => () => undefined,
  compacted: () => undefined,
};

/** Loads a board asleep (see DocumentHibernation.loadAsleep). */
export interface LazyLoader {
  /** Makes `snapshot` the content of the empty `document` without applying it; false if not. */
  loadAsleep(document: Document, snapshot: Uint8Array): boolean;
}

/** Bookkeeping for one loaded document instance. */
interface LogState {
  logBytes: number;
  logUpdates: number;
  snapshotBytes: number;
  compactionScheduled: boolean;
}

/**
 * Makes every acknowledged edit durable. Hocuspocus applies an incoming update with
 * `Y.applyUpdate` and sends the sync-status acknowledgement only after it returns; the update
 * listener registered here runs inside that call and appends the update to SQLite synchronously.
 * So an acknowledgement (and a REST 2xx, which writes through the same document) is only ever
 * sent for an update that is on disk. If the append throws, the error propagates, no
 * acknowledgement is sent, and the client resends on reconnect.
 *
 * Hocuspocus's own listener broadcasts to other peers before this one runs: peers may see an
 * edit microseconds before it is durable, but only the sender's acknowledgement promises it.
 */
export class PersistenceExtension implements Extension, StoredSize {
  readonly extensionName = 'cairn-persistence';
  /**
   * Keyed by instance, not name: during an unload and reload two instances of one board can be
   * alive for a moment, and each must keep its own counts.
   */
  private readonly states = new WeakMap<Document, LogState>();

  constructor(
    private readonly log: UpdateLog,
    private readonly logger: Logger,
    private readonly policy: CompactionPolicy = DEFAULT_COMPACTION,
    private readonly observer: PersistenceObserver = NO_OBSERVER,
    /** Commits socket updates in groups (null: each on its own, at once). */
    private readonly group: GroupCommit | null = null,
    /** Loads a board from its snapshot without applying it (null: every board loads awake). */
    private readonly sleeper: LazyLoader | null = null,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    // A board reloaded right after it unloaded may still have updates in the group.
    this.group?.commitNow();
    const stored = this.log.load(documentName);
    this.fill(document, stored);
    // The flush clears anything that still got into Hocuspocus's broadcast batch; nobody is
    // connected yet, so it sends nothing.
    document.flush();
    const state: LogState = {
      logBytes: stored.logBytes,
      logUpdates: stored.updates.length,
      snapshotBytes: stored.snapshot?.byteLength ?? 0,
      compactionScheduled: false,
    };
    this.states.set(document, state);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // Through Redis from another Cairn process, which stored it before passing it on.
      if (isTransactionOrigin(origin) && origin.source === 'redis') return;
      const connection =
        isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection : null;
      // A socket update's acknowledgement waits for the group commit; anything else (a REST
      // write answers 2xx right after) commits now.
      if (connection && this.group) this.group.append(documentName, update);
      else if (this.group) this.group.appendNow(documentName, update);
      else this.log.append(documentName, update);
      const durable = this.observer.updateAppended(update.byteLength, connection);
      if (this.group) this.group.afterCommit(durable);
      else durable();
      state.logBytes += update.byteLength;
      state.logUpdates += 1;
      if (this.needsCompaction(state)) this.scheduleCompaction(document, state);
    });
    if (this.needsCompaction(state)) this.scheduleCompaction(document, state);
  }

  /**
   * Puts what was stored into the loading `document`. Its own method, not a closure in
   * `onLoadDocument`: a closure there that used `stored` would keep the stored bytes alive in
   * the scope the document's update listener shares, for as long as the board is loaded.
   */
  private fill(document: Document, stored: StoredDocument): void {
    // A board whose log was folded into its snapshot (as every unload does) loads asleep: the
    // snapshot is applied only when something first uses the board, and a client that has nothing
    // yet gets it as it is (firstSyncWhileAsleep).
    if (
      stored.snapshot !== null &&
      stored.updates.length === 0 &&
      this.sleeper?.loadAsleep(document, stored.snapshot)
    ) {
      return;
    }
    // Loading is not an edit: no update event, so the stored state is not encoded again (and
    // Hocuspocus does not batch it for broadcast: it went to whoever connected before the next
    // turn, who then received the whole document twice).
    withoutUpdateEvents(document, () => applyStored(document, stored));
  }

  /** Folds the log into the snapshot before a document leaves memory, so the next load is one read. */
  async beforeUnloadDocument({ document }: beforeUnloadDocumentPayload): Promise<void> {
    const state = this.states.get(document);
    if (state && state.logUpdates > 0) this.compact(document, state);
  }

  /** Bytes stored for this loaded document: its snapshot and the log since (0 if unknown). */
  storedBytes(document: Document): number {
    const state = this.states.get(document);
    return state ? state.snapshotBytes + state.logBytes : 0;
  }

  /** Compacts now (for the size limit, which wants the exact size near its bound). */
  compactNow(document: Document): void {
    const state = this.states.get(document);
    if (state && state.logUpdates > 0) this.compact(document, state);
  }

  private needsCompaction(state: LogState): boolean {
    return (
      state.logUpdates >= this.policy.maxLogUpdates ||
      (state.logBytes > this.policy.minLogBytes && state.logBytes > state.snapshotBytes)
    );
  }

  /** Compaction runs after the current message, never inside the acknowledgement path. */
  private scheduleCompaction(document: Document, state: LogState): void {
    if (state.compactionScheduled) return;
    state.compactionScheduled = true;
    setImmediate(() => {
      state.compactionScheduled = false;
      if (!document.isDestroyed) this.compact(document, state);
    });
  }

  /** Folds the stored log into the snapshot (from storage, not from memory; see UpdateLog). */
  private compact(document: Document, state: LogState): void {
    const started = performance.now();
    try {
      this.group?.commitNow();
      const snapshotBytes = this.log.compact(document.name);
      state.logBytes = 0;
      state.logUpdates = 0;
      if (snapshotBytes !== null) state.snapshotBytes = snapshotBytes;
      this.observer.compacted((performance.now() - started) / 1000, 'done', snapshotBytes ?? 0);
    } catch (error) {
      // The log still holds every update, so nothing is lost; the next trigger retries.
      this.logger.error({ err: error, doc: document.name }, 'compaction failed');
      this.observer.compacted((performance.now() - started) / 1000, 'failed');
    }
  }
}
