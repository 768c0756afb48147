import { readBoardTitle } from '@cairn/model';
import type { beforeUnloadDocumentPayload, Extension, onChangePayload } from '@hocuspocus/server';
import type { BoardIndex } from '../storage/BoardIndex.js';
import { PerDocumentDebounce } from './PerDocumentDebounce.js';

/** How long edits to one board are gathered before its row in the board list is refreshed. */
const REFRESH_DELAY_MS = 250;

/**
 * Keeps the board list (title, last change) in step with the documents, at most a few times a
 * second per board, so that listing boards never loads a document.
 */
export class BoardIndexExtension implements Extension {
  readonly extensionName = 'cairn-board-index';
  private readonly refreshes: PerDocumentDebounce;

  constructor(
    boards: BoardIndex,
    now: () => number,
    /** Runs the refreshes due together in one transaction (see PerDocumentDebounce). */
    batch?: (work: () => void) => void,
  ) {
    this.refreshes = new PerDocumentDebounce(
      REFRESH_DELAY_MS,
      (name, document) => boards.touch(name, readBoardTitle(document), now()),
      batch,
    );
  }

  async onChange({ document, documentName }: onChangePayload): Promise<void> {
    this.refreshes.schedule(documentName, document);
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.refreshes.runNow(documentName);
  }

  /** Writes every pending refresh now (at shutdown). */
  flush(): void {
    this.refreshes.runAll();
  }
}
