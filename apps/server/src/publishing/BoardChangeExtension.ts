import { diffBoards, readBoard, type BoardChange, type BoardView } from '@cairn/model';
import {
  isTransactionOrigin,
  type afterLoadDocumentPayload,
  type afterUnloadDocumentPayload,
  type beforeUnloadDocumentPayload,
  type Document,
  type Extension,
  type onChangePayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { Logger } from 'pino';

/** How long a board must be quiet before its changes are compared: a drag is one move. */
export const SETTLE_MS = 1_000;

/** Longest a busy board waits before its changes are compared anyway. */
export const MAX_SETTLE_MS = 5_000;

/** A board's view before its latest changes, and the timer that will compare them. */
interface Watched {
  readonly document: Document;
  /** Undefined while the board has no webhook: nobody wants its changes. */
  before: BoardView | undefined;
  timer: NodeJS.Timeout | undefined;
  /** When the first change not yet compared arrived. */
  firstChangeAt: number | undefined;
}

/** What the extension reports and needs. */
export interface BoardChangeOptions {
  /** Whether anyone listens to a board's changes (it has a webhook). */
  readonly isWatched: (boardId: string) => boolean;
  /** Called with what changed on a board since the last report, once changes settle. */
  readonly onChanges: (boardId: string, changes: readonly BoardChange[], after: BoardView) => void;
  readonly logger: Logger;
  readonly settleMs?: number;
  readonly maxSettleMs?: number;
  readonly now?: () => number;
}

/**
 * Notices what changed on a board, whoever changed it (a socket, REST, a rollback), for
 * webhooks: it keeps each loaded board's last `readBoard` view and, once changes have settled
 * (SETTLE_MS quiet, at most MAX_SETTLE_MS after the first), when the board is stored and before
 * it unloads, compares it with the board now through `diffBoards`. Boards without webhooks cost
 * nothing: no view is kept until `watch` is called or the board loads with a webhook.
 */
export class BoardChangeExtension implements Extension {
  readonly extensionName = 'cairn-board-changes';
  private readonly watched = new Map<string, Watched>();
  private readonly settleMs: number;
  private readonly maxSettleMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BoardChangeOptions) {
    this.settleMs = options.settleMs ?? SETTLE_MS;
    this.maxSettleMs = options.maxSettleMs ?? MAX_SETTLE_MS;
    this.now = options.now ?? Date.now;
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    this.watched.set(documentName, {
      document,
      before: this.options.isWatched(documentName) ? readBoard(document) : undefined,
      timer: undefined,
      firstChangeAt: undefined,
    });
  }

  /** Hocuspocus does not await this; it only schedules the comparison. */
  async onChange({ documentName, transactionOrigin }: onChangePayload): Promise<void> {
    const board = this.watched.get(documentName);
    if (!board?.before) return;
    if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis') {
      // Made on another Cairn process (docs/deploy.md), which reports it. With no change of
      // this process waiting, it becomes the baseline; during one, it is reported with it.
      if (board.firstChangeAt === undefined) board.before = readBoard(board.document);
      return;
    }
    const now = this.now();
    board.firstChangeAt ??= now;
    clearTimeout(board.timer);
    const wait = Math.min(this.settleMs, board.firstChangeAt + this.maxSettleMs - now);
    board.timer = setTimeout(() => this.compare(documentName), Math.max(wait, 0));
    board.timer.unref();
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.watched.get(documentName)?.firstChangeAt !== undefined) this.compare(documentName);
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    if (this.watched.get(documentName)?.firstChangeAt !== undefined) this.compare(documentName);
    this.forget(documentName);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.forget(documentName);
  }

  /**
   * Starts keeping the view of a loaded board that just got its first webhook, so its next
   * change is reported; a board not loaded is read when it loads.
   */
  watch(boardId: string): void {
    const board = this.watched.get(boardId);
    if (board && !board.before) board.before = readBoard(board.document);
  }

  /** Compares every board with changes not yet reported (before the server stops). */
  flush(): void {
    for (const [boardId, board] of this.watched) {
      if (board.firstChangeAt !== undefined) this.compare(boardId);
    }
  }

  private compare(boardId: string): void {
    const board = this.watched.get(boardId);
    if (!board) return;
    clearTimeout(board.timer);
    board.timer = undefined;
    board.firstChangeAt = undefined;
    const { before } = board;
    if (!before || board.document.isDestroyed) return;
    try {
      const after = readBoard(board.document);
      board.before = this.options.isWatched(boardId) ? after : undefined;
      const { changes } = diffBoards(before, after);
      if (changes.length > 0) this.options.onChanges(boardId, changes, after);
    } catch (error) {
      this.options.logger.error({ err: error, boardId }, 'could not compare board changes');
    }
  }

  private forget(boardId: string): void {
    const board = this.watched.get(boardId);
    if (board) clearTimeout(board.timer);
    this.watched.delete(boardId);
  }
}
