import type { Logger } from 'pino';

/** Where grouped updates go: the log's own append, run inside one transaction per group. */
export interface GroupedLog {
  append(doc: string, update: Uint8Array): unknown;
}

/** An update waiting for the next group commit. */
interface Queued {
  readonly doc: string;
  readonly update: Uint8Array;
}

/**
 * Group commit for the update log. A commit that waits for the disk (0.2 ms typically, 5 ms at
 * p99 on the benchmark machine) once per update would cap the server at a few hundred updates a
 * second. Updates from sockets are queued here instead and committed together in one transaction
 * right after the current turn of the event loop (`setImmediate`), when every frame read in that
 * turn has been applied; the disk wait (`durable`: SQLite's log flushed in the thread pool, see
 * WalSync) then covers the whole group, off the event loop. Acknowledgements wait for
 * `afterCommit` (see CairnHocuspocus), which runs once the group is both committed and durable,
 * so an acknowledgement still means the update is on disk. Updates from elsewhere (REST writes,
 * whose 2xx waits for the same flush) commit at once with whatever is queued (`appendNow`).
 *
 * If a group commit fails, the updates stay queued and the commit is retried; whoever waits for
 * them keeps waiting, so no acknowledgement goes out for an update that is not on disk.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private waiting: (() => void)[] = [];
  private scheduled = false;
  private stopped = false;
  /** The flush of the last group, until it is done. */
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly log: GroupedLog,
    /** Runs `work` in one transaction (SQLite: `db.transaction(work)()`). */
    private readonly inTransaction: (work: () => void) => void,
    /** Resolves once every commit made before the call is on disk. */
    private readonly durable: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Queues `update` for the next group commit. */
  append(doc: string, update: Uint8Array): void {
    if (this.stopped) return this.appendNow(doc, update);
    // Copied: Yjs hands out views that may share a buffer with later work.
    this.queue.push({ doc, update: update.slice() });
    this.schedule();
  }

  /** Commits what is queued and `update` now, in one transaction. Throws if storage does. */
  appendNow(doc: string, update: Uint8Array): void {
    if (this.queue.length === 0) {
      this.log.append(doc, update);
      return;
    }
    this.commit({ doc, update });
  }

  /** Commits what is queued now (before reading the log). Throws if storage does. */
  commitNow(): void {
    if (this.queue.length > 0) this.commit();
  }

  /**
   * Runs `callback` once everything queued so far is committed and on disk: after the next group
   * commit's flush, or the flush of the last one if nothing is queued, or at once.
   */
  afterCommit(callback: () => void): void {
    if (this.queue.length > 0) this.waiting.push(callback);
    else if (this.flushing) void this.flushing.then(callback);
    else callback();
  }

  /** Commits what is queued; from now on every update commits at once (the server is stopping). */
  stop(): void {
    this.stopped = true;
    try {
      this.commitNow();
    } catch (error) {
      this.logger.error({ err: error, queued: this.queue.length }, 'group commit failed at stop');
    }
  }

  /** How many updates wait for the next group commit. */
  get queued(): number {
    return this.queue.length;
  }

  private commit(extra?: Queued): void {
    const queue = this.queue;
    this.inTransaction(() => {
      for (const { doc, update } of queue) this.log.append(doc, update);
      if (extra) this.log.append(extra.doc, extra.update);
    });
    this.queue = [];
    const waiting = this.waiting;
    this.waiting = [];
    const flushing = this.durable().then(() => {
      if (this.flushing === flushing) this.flushing = null;
      for (const callback of waiting) callback();
    });
    this.flushing = flushing;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.stopped) return;
      try {
        this.commitNow();
      } catch (error) {
        this.logger.error({ err: error, queued: this.queue.length }, 'group commit failed');
        setTimeout(() => this.schedule(), 100).unref();
      }
    });
  }
}
