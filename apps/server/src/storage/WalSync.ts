import { open, type FileHandle } from 'node:fs/promises';
import type { Logger } from 'pino';

/** Waits before trying a failed fsync again. */
const RETRY_MS = 100;

/** Flushes a file to the disk (fsync), off the event loop. */
export type Fsync = () => Promise<void>;

/**
 * SQLite's write-ahead log at `path`, flushed (fdatasync) in libuv's thread pool: one job per
 * flush, on a handle kept open (SQLite never removes the log while the server's connection is
 * open). A handle that failed is closed and the log opened again by path at the next flush. No
 * log at all is nothing to flush: SQLite removes it only after checkpointing it into the
 * database, flushed.
 */
export class LogFile {
  private opening: Promise<FileHandle> | null = null;

  constructor(private readonly path: string) {}

  async flush(): Promise<void> {
    const current = (this.opening ??= open(this.path, 'r'));
    let handle: FileHandle;
    try {
      handle = await current;
    } catch (error) {
      if (this.opening === current) this.opening = null;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      await handle.datasync();
    } catch (error) {
      if (this.opening === current) {
        this.opening = null;
        await handle.close().catch(() => undefined);
      }
      throw error;
    }
  }

  /** Lets go of the handle (the server is stopping). */
  async close(): Promise<void> {
    const current = this.opening;
    this.opening = null;
    const handle = await current?.catch(() => null);
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Makes SQLite's commits durable without stalling the event loop. With `synchronous=FULL` SQLite
 * fsyncs the write-ahead log inside every commit, on the server's one thread: in the fan-out
 * benchmark those waits took 5 to 14 % of the thread, and every socket waited with them. The
 * server runs SQLite with `synchronous=NORMAL` instead (a commit is written to the log but not
 * flushed; checkpoints still flush the log and the database in order) and flushes the log itself,
 * here, in libuv's thread pool, before anything that promises durability goes out: a socket's
 * acknowledgement (GroupCommit) and a 2xx to a REST write. Recovery replays the log up to its
 * first incomplete commit, and the log is only ever appended to between checkpoints, so a flush
 * that follows a commit keeps that commit and everything before it, as FULL would.
 *
 * Each call starts a flush of its own, at once: it covers every commit made before it, and nobody
 * waits for a flush that started too early to cover their commit (the group commit calls once a
 * turn at most, so flushes stay few; the thread pool runs them side by side). A failed flush is
 * logged and tried again until it succeeds; whoever waits keeps waiting, so nothing is
 * acknowledged that is not on disk.
 */
export class WalSync {
  constructor(
    private readonly fsync: Fsync,
    private readonly logger: Logger,
  ) {}

  /** Resolves once everything committed before this call is on disk. */
  async synced(): Promise<void> {
    for (;;) {
      try {
        await this.fsync();
        return;
      } catch (error) {
        this.logger.error({ err: error }, 'could not flush the database log to disk; retrying');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }
}
