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
 * Group commit for the update log. With `synchronous=FULL` every SQLite commit waits for the disk
 * (0.2 ms typically, 5 ms at p99 on the benchmark machine), so one commit per update caps one
 * event loop at a few hundred updates a second and stalls everything else on it. Updates from
 * sockets are queued here instead and committed together, in one transaction and one disk wait,
 * right after the current turn of the event loop (`setImmediate`), when every frame read in that
 * turn has been applied. Their acknowledgements wait for `afterCommit` (see CairnHocuspocus), so
 * an acknowledgement still means the update is on disk. Updates from elsewhere (REST writes,
 * whose 2xx promises the same) commit at once with whatever is queued (`appendNow`).
 *
 * If a group commit fails, the updates stay queued and the commit is retried; whoever waits for
 * them keeps waiting, so no acknowledgement goes out for an update that is not on disk.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private waiting: (() => void)[] = [];
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly log: GroupedLog,
    /** Runs `work` in one transaction (SQLite: `db.transaction(work)()`). */
    private readonly inTransaction: (work: () => void) => void,
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

  /** Runs `callback` once everything queued so far is on disk (at once when nothing is). */
  afterCommit(callback: () => void): void {
    if (this.queue.length === 0) callback();
    else this.waiting.push(callback);
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
    for (const callback of waiting) callback();
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
