import type { Document, Hocuspocus } from '@hocuspocus/server';
import type { Logger } from 'pino';

/**
 * The safety net behind Hocuspocus's own unloading. Hocuspocus unloads a document when its last
 * connection closes, but gives up for good when a `beforeUnloadDocument` hook throws, and a
 * document nobody reconnects to is then never looked at again. Every half unload delay this
 * sweeps the loaded documents and unloads any that has had no connection for a whole unload
 * delay, running its pending store first; it logs each one, since it means the normal path failed.
 */
export class IdleDocumentSweeper {
  /** When each document was first seen without connections (by instance, not name). */
  private readonly idleSince = new WeakMap<Document, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly unloadDelayMs: number,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {
    this.timer = setInterval(() => this.sweep(), Math.max(100, unloadDelayMs / 2));
    this.timer.unref();
  }

  /** Unloads every document idle for longer than the unload delay; returns how many it tried. */
  sweep(): number {
    let unloaded = 0;
    const now = this.now();
    for (const document of [...this.hocuspocus.documents.values()]) {
      if (document.getConnectionsCount() > 0 || document.isLoading) {
        this.idleSince.delete(document);
        continue;
      }
      const since = this.idleSince.get(document);
      if (since === undefined) {
        this.idleSince.set(document, now);
        continue;
      }
      if (now - since < this.unloadDelayMs) continue;
      if (this.hocuspocus.unloadingDocuments.has(document.name)) continue;
      unloaded += 1;
      this.logger.warn({ doc: document.name, idleMs: now - since }, 'unloading an idle document');
      const storeId = `onStoreDocument-${document.name}`;
      if (this.hocuspocus.debouncer.isDebounced(storeId)) {
        this.hocuspocus.debouncer.executeNow(storeId);
      }
      this.hocuspocus.unloadDocument(document).catch((error: unknown) => {
        this.logger.error({ err: error, doc: document.name }, 'unloading an idle document failed');
      });
    }
    return unloaded;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
