import type { Document } from '@hocuspocus/server';

/**
 * Gathers the changes to each document for `delayMs`, then runs `run` once for it: how the board
 * list and the link index stay in step with documents without work on every update.
 */
export class PerDocumentDebounce {
  private readonly pending = new Map<string, { document: Document; timer: NodeJS.Timeout }>();

  constructor(
    private readonly delayMs: number,
    private readonly run: (name: string, document: Document) => void,
  ) {}

  /** Runs `run` for this document after the delay, unless it is already scheduled. */
  schedule(name: string, document: Document): void {
    if (this.pending.has(name)) return;
    const timer = setTimeout(() => this.runNow(name), this.delayMs);
    this.pending.set(name, { document, timer });
  }

  /** Runs a scheduled run for `name` now (before the document unloads); nothing if none. */
  runNow(name: string): void {
    const entry = this.pending.get(name);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(name);
    if (!entry.document.isDestroyed) this.run(name, entry.document);
  }

  /** Runs every scheduled run now (before answering a read, at shutdown). */
  runAll(): void {
    for (const name of [...this.pending.keys()]) this.runNow(name);
  }
}
