import {
  addFacilitator,
  createId,
  initBoard,
  ModelError,
  readBoardTitle,
  type BoardKind,
  type ModelEnv,
  type NewBoard,
  type OperationContext,
} from '@cairn/model';
import type { Document, Hocuspocus } from '@hocuspocus/server';
import type { Identity } from '../auth/Identity.js';
import type { CollabContext } from '../collab/CollabContext.js';
import type { DocumentSizeLimit } from '../limits/DocumentSizeLimit.js';
import { personOf } from '../facilitation/personOf.js';
import type { BoardIndex, BoardSummary } from '../storage/BoardIndex.js';

/** How often a write retries when the document was unloaded between opening and writing. */
const MAX_OPEN_ATTEMPTS = 5;

/**
 * Board operations for the REST API. Reads and writes go through a Hocuspocus direct connection
 * to the same in-memory document the sockets edit, so REST and live editors never diverge, and
 * every write passes through the persistence listener before the call returns.
 */
export class BoardService {
  constructor(
    private readonly hocuspocus: Hocuspocus<CollabContext>,
    private readonly boards: BoardIndex,
    private readonly env: ModelEnv,
    private readonly sizeLimit: DocumentSizeLimit,
  ) {}

  list(): BoardSummary[] {
    return this.boards.list();
  }

  /** The summary of a board, or ModelError('not-found'). */
  summary(id: string): BoardSummary {
    const summary = this.boards.get(id);
    if (!summary) throw new ModelError('not-found', `No board ${JSON.stringify(id)}.`);
    return summary;
  }

  /**
   * Creates a board: its document first, then its row, so a listed board always has content.
   * The creator of a canvas becomes its first facilitator.
   */
  async create(input: NewBoard, actor: Identity): Promise<BoardSummary> {
    return this.createWith(input.kind, actor, (doc, ctx) => initBoard(doc, input, ctx));
  }

  /**
   * Creates a board of `kind` whose document `seed` writes in full (an import, a copy), like
   * `create`: the row appears only once the document holds the board. `seed` must validate
   * everything before it writes, so a refused seed leaves nothing behind but an empty document.
   */
  async createWith(
    kind: BoardKind,
    actor: Identity,
    seed: (doc: Document, ctx: OperationContext) => void,
  ): Promise<BoardSummary> {
    const id = createId(this.env);
    const title = await this.withDocument(id, actor, (doc, ctx) => {
      seed(doc, ctx);
      if (kind === 'canvas') addFacilitator(doc, personOf(actor), ctx);
      return readBoardTitle(doc);
    });
    const now = this.env.now();
    const summary: BoardSummary = { id, kind, title, createdAt: now, updatedAt: now };
    this.boards.add(summary);
    return summary;
  }

  /** Runs `read` against the board's document. */
  async read<T>(id: string, actor: Identity, read: (doc: Document) => T): Promise<T> {
    this.summary(id);
    return this.withDocument(id, actor, (doc) => read(doc));
  }

  /**
   * Runs `write` against the board's document; every change it makes through model operations
   * is on disk when this resolves. The board row is refreshed at once so lists show the change.
   * A board at its size limit takes no more writes (DocumentTooLargeError, answered 413).
   */
  async write<T>(
    id: string,
    actor: Identity,
    write: (doc: Document, ctx: OperationContext) => T,
  ): Promise<T> {
    this.summary(id);
    return this.withDocument(id, actor, (doc, ctx) => {
      this.sizeLimit.assertRoom(doc);
      const result = write(doc, ctx);
      this.boards.touch(id, readBoardTitle(doc), this.env.now());
      return result;
    });
  }

  private async withDocument<T>(
    id: string,
    actor: Identity,
    run: (doc: Document, ctx: OperationContext) => T,
  ): Promise<T> {
    const ctx: OperationContext = {
      origin: { kind: 'api', actorId: actor.id },
      env: this.env,
    };
    for (let attempt = 1; ; attempt++) {
      const connection = await this.hocuspocus.openDirectConnection(id, {
        user: actor,
        // The REST route checked the caller's role; this connection is the server's own.
        role: 'admin',
      });
      try {
        const doc = connection.document;
        // The document may have been unloaded (and destroyed, with its persistence listener)
        // between loading and now. Checking and writing with no await in between makes the
        // write land on a live, persisted document or not at all.
        if (!doc || doc.isDestroyed) {
          if (attempt < MAX_OPEN_ATTEMPTS) continue;
          throw new Error(`Board ${id} kept unloading while being opened.`);
        }
        return run(doc, ctx);
      } finally {
        await connection.disconnect({ unloadImmediately: false });
      }
    }
  }
}
