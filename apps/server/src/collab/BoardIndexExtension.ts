import { readBoardTitle } from '@cairn/model';
import type {
  beforeUnloadDocumentPayload,
  Document,
  Extension,
  onChangePayload,
} from '@hocuspocus/server';
import type { BoardIndex } from '../storage/BoardIndex.js';

/** How long edits to one board are gathered before its row in the board list is refreshed. */
const REFRESH_DELAY_MS = 250;

/**
 * Keeps the board list (title, last change) in step with the documents, at most a few times a
 * second per board, so that listing boards never loads a document.
 */
export class BoardIndexExtension implements Extension {
  readonly extensionName = 'cairn-board-index';
  private readonly pending = new Map<string, { document: Document; timer: NodeJS.Timeout }>();

  constructor(
    private readonly boards: BoardIndex,
    private readonly now: () => number,
  ) {}

  async onChange({ document, documentName }: onChangePayload): Promise<void> {
    if (this.pending.has(documentName)) return;
    const timer = setTimeout(() => this.refresh(documentName), REFRESH_DELAY_MS);
    this.pending.set(documentName, { document, timer });
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.refresh(documentName);
  }

  /** Writes every pending refresh now (at shutdown). */
  flush(): void {
    for (const name of [...this.pending.keys()]) this.refresh(name);
  }

  private refresh(documentName: string): void {
    const entry = this.pending.get(documentName);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(documentName);
    if (entry.document.isDestroyed) return;
    this.boards.touch(documentName, readBoardTitle(entry.document), this.now());
  }
}
