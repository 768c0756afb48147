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
import { PerDocumentDebounce } from './PerDocumentDebounce.js';

/** How long edits to one board are gathered before its entries and links are re-indexed. */
const REFRESH_DELAY_MS = 250;

/**
 * Keeps the link index in step with the documents: a board is re-indexed when it first loads in
 * this process, a moment after it changes (debounced per board, like the board list), and before
 * it unloads. Boards the
 * index has never seen (from before the index existed) are indexed from storage at start-up.
 * Readers call `flush` first, so an answer never lags behind an edit the server has applied.
 */
export class LinkIndexExtension implements Extension {
  readonly extensionName = 'cairn-link-index';
  /** Runs after persistence and the board list, so a refresh reads what is already stored. */
  readonly priority = 90;
  private readonly refreshes: PerDocumentDebounce;
  /** What was last written to the index for each loaded document instance (its JSON). */
  private readonly indexed = new WeakMap<Document, string>();
  /**
   * Boards whose index was current when they last unloaded from this process. While a board is
   * unloaded here, only a server that has it loaded can change it, and that server indexes its
   * changes (behind Redis, into the same database), so reloading it needs no re-index: for a
   * 5,000-item roadmap that read the whole board and rewrote 5,000 index rows at every load and
   * again at unload. Empty after a start, so the first load after a crash repairs an index the
   * crash left behind its document.
   */
  private readonly currentAtUnload = new Set<string>();
  /** Boards whose last re-index failed: not current, whatever else happened. */
  private readonly failed = new Set<string>();

  constructor(
    readonly index: LinkIndex,
    private readonly log: UpdateLog,
    private readonly now: () => number,
    private readonly logger: Logger,
    /** Runs the re-indexing due together in one transaction (see PerDocumentDebounce). */
    batch?: (work: () => void) => void,
  ) {
    this.refreshes = new PerDocumentDebounce(
      REFRESH_DELAY_MS,
      (name, document) => this.rebuild(name, document),
      batch,
    );
  }

  async onConfigure(_payload: onConfigurePayload): Promise<void> {
    for (const board of this.index.unindexedBoards()) {
      const doc = new Y.Doc();
      try {
        this.log.loadInto(doc, board);
        this.index.replace(board, readIndexedBoard(doc), this.now());
      } catch (error) {
        // The board stays unindexed and is retried at the next start or when it loads.
        this.logger.error({ err: error, doc: board }, 'link index backfill failed');
      } finally {
        doc.destroy();
      }
    }
  }

  /**
   * Re-indexed a moment later, not now: this hook runs before the first sync is sent, and
   * re-indexing a roadmap of 5,000 items took longer than the rest of its cold load (the
   * initial-sync benchmark). Readers flush first, so they never see the index behind.
   */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (this.currentAtUnload.has(documentName)) return;
    this.refreshes.schedule(documentName, document);
  }

  async onChange({ document, documentName }: onChangePayload): Promise<void> {
    this.refreshes.schedule(documentName, document);
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.refreshes.runNow(documentName);
    if (this.failed.has(documentName)) this.currentAtUnload.delete(documentName);
    else this.currentAtUnload.add(documentName);
  }

  /** Re-indexes every board with edits not yet in the index (before answering a read). */
  flush(): void {
    this.refreshes.runAll();
  }

  private rebuild(documentName: string, document: Document): void {
    if (document.isDestroyed) return;
    try {
      const content = readIndexedBoard(document);
      // Most edits (moves, descriptions, dates) change no title, type or link: rewriting every
      // entry of the board for them was half of all the bytes the server wrote to disk.
      const written = JSON.stringify(content);
      this.failed.delete(documentName);
      if (this.indexed.get(document) === written) return;
      this.index.replace(documentName, content, this.now());
      this.indexed.set(document, written);
    } catch (error) {
      this.failed.add(documentName);
      // The index is a cache of the documents: the next change or load rebuilds it.
      this.logger.error({ err: error, doc: documentName }, 'link index refresh failed');
    }
  }
}
