import type {
  afterLoadDocumentPayload,
  beforeUnloadDocumentPayload,
  Document,
  Extension,
  onChangePayload,
  onConfigurePayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { readIndexedBoard, type LinkIndex } from '../storage/LinkIndex.js';
import type { UpdateLog } from '../storage/UpdateLog.js';

/** How long edits to one board are gathered before its entries and links are re-indexed. */
const REFRESH_DELAY_MS = 250;

/**
 * Keeps the link index in step with the documents: a board is re-indexed when it loads, a moment
 * after it changes (debounced per board, like the board list), and before it unloads. Boards the
 * index has never seen (from before the index existed) are indexed from storage at start-up.
 * Readers call `flush` first, so an answer never lags behind an edit the server has applied.
 */
export class LinkIndexExtension implements Extension {
  readonly extensionName = 'cairn-link-index';
  /** Runs after persistence and the board list, so a refresh reads what is already stored. */
  readonly priority = 90;
  private readonly pending = new Map<string, { document: Document; timer: NodeJS.Timeout }>();

  constructor(
    readonly index: LinkIndex,
    private readonly log: UpdateLog,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {}

  async onConfigure(_payload: onConfigurePayload): Promise<void> {
    for (const board of this.index.unindexedBoards()) {
      const doc = new Y.Doc();
      try {
        const stored = this.log.load(board);
        doc.transact(() => {
          if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
          for (const update of stored.updates) Y.applyUpdate(doc, update);
        });
        this.index.replace(board, readIndexedBoard(doc), this.now());
      } catch (error) {
        // The board stays unindexed and is retried at the next start or when it loads.
        this.logger.error({ err: error, doc: board }, 'link index backfill failed');
      } finally {
        doc.destroy();
      }
    }
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    this.rebuild(documentName, document);
  }

  async onChange({ document, documentName }: onChangePayload): Promise<void> {
    if (this.pending.has(documentName)) return;
    const timer = setTimeout(() => this.refresh(documentName), REFRESH_DELAY_MS);
    this.pending.set(documentName, { document, timer });
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.refresh(documentName);
  }

  /** Re-indexes every board with edits not yet in the index (before answering a read). */
  flush(): void {
    for (const name of [...this.pending.keys()]) this.refresh(name);
  }

  private refresh(documentName: string): void {
    const entry = this.pending.get(documentName);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(documentName);
    this.rebuild(documentName, entry.document);
  }

  private rebuild(documentName: string, document: Document): void {
    if (document.isDestroyed) return;
    try {
      this.index.replace(documentName, readIndexedBoard(document), this.now());
    } catch (error) {
      // The index is a cache of the documents: the next change or load rebuilds it.
      this.logger.error({ err: error, doc: documentName }, 'link index refresh failed');
    }
  }
}
