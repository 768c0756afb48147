import type { Document } from '@hocuspocus/server';

/**
 * Gathers the changes to documents for up to `delayMs`, then runs `run` once for each changed
 * document: how the board list and the link index stay in step with documents without work on
 * every update. All documents changed during one delay run together, inside one `batch` (one
 * SQLite transaction, so one disk wait for all of them rather than one per board: with 200
 * boards in use, per-board commits were hundreds of disk waits a second).
 */
export class PerDocumentDebounce {
  private readonly pending = new Map<string, Document>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly run: (name: string, document: Document) => void,
    /** Runs a group of runs together (in one transaction); by default, just runs them. */
    private readonly batch: (work: () => void) => void = (work) => work(),
  ) {}

  /** Runs `run` for this document within the delay, unless it is already scheduled. */
  schedule(name: string, document: Document): void {
    if (this.pending.has(name)) return;
    this.pending.set(name, document);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.runAll();
    }, this.delayMs);
  }

  /** Runs a scheduled run for `name` now (before the document unloads); nothing if none. */
  runNow(name: string): void {
    const document = this.pending.get(name);
    if (!document) return;
    this.pending.delete(name);
    if (!document.isDestroyed) this.run(name, document);
  }

  /** Runs every scheduled run now, together (on the timer, before answering a read, at shutdown). */
  runAll(): void {
    if (this.pending.size === 0) return;
    this.batch(() => {
      for (const name of [...this.pending.keys()]) this.runNow(name);
    });
  }
}
