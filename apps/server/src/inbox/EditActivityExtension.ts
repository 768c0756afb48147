import { isTransactionOrigin } from '@cairn/model';
import type {
  afterLoadDocumentPayload,
  beforeUnloadDocumentPayload,
  Extension,
  onChangePayload,
} from '@hocuspocus/server';
import type { CollabContext } from '../collab/CollabContext.js';
import type { ActivityStore } from './ActivityStore.js';
import type { FollowStore } from './FollowStore.js';

/**
 * How long one person's edits to one board are gathered before they are written as one row.
 * Typing makes an update per keystroke; a row per update would be a write per keystroke.
 */
export const EDIT_WINDOW_MS = 60_000;

/** Who made a document update, when the server knows. */
interface Editor {
  readonly id: string;
  /** Null for REST edits: their transaction origin names the actor but not their name. */
  readonly name: string | null;
}

/** One person's edits to one board not yet written. */
interface PendingEdits {
  readonly name: string | null;
  readonly firstAt: number;
  edits: number;
  lastAt: number;
}

/**
 * The person behind an update: the socket's authenticated user (Hocuspocus passes the
 * connection's context), or the REST caller named by the model's `api` origin (REST writes go
 * through a direct connection, whose context Hocuspocus does not pass on). Loads, imports and
 * migrations have no person and are not counted.
 */
function editorOf(context: unknown, origin: unknown): Editor | undefined {
  const user = (context as Partial<CollabContext> | undefined)?.user;
  if (user) return { id: user.id, name: user.name };
  if (isTransactionOrigin(origin) && origin.kind === 'api')
    return { id: origin.actorId, name: null };
  return undefined;
}

/**
 * Counts document updates per board and person for "since your last visit" (docs/comments.md),
 * gathering them in memory and writing one row per person and board per EDIT_WINDOW_MS, at
 * unload, or when someone reads or visits (`flush`), so readers always see every counted edit.
 *
 * It also notices a board's creation: BoardService opens a new board's document (as its creator)
 * before adding it to the board list, and sockets never open an unlisted board, so a document
 * loaded while its board is not listed is being created, and its creator follows the board.
 */
export class EditActivityExtension implements Extension {
  readonly extensionName = 'cairn-edit-activity';
  /** board id -> person id -> edits not yet written. */
  private readonly pending = new Map<string, Map<string, PendingEdits>>();

  constructor(
    private readonly activity: ActivityStore,
    private readonly follows: FollowStore,
    private readonly isListed: (boardId: string) => boolean,
    private readonly now: () => number,
  ) {}

  async afterLoadDocument({ documentName, context }: afterLoadDocumentPayload): Promise<void> {
    const creator = (context as Partial<CollabContext> | undefined)?.user;
    if (creator && !this.isListed(documentName)) this.follows.autoFollow(creator.id, documentName);
  }

  /**
   * Hocuspocus runs this after the update is applied and does not await it: a failed write
   * must not become an unhandled rejection, so it keeps the edits for the next flush instead.
   */
  async onChange({ documentName, context, transactionOrigin }: onChangePayload): Promise<void> {
    const editor = editorOf(context, transactionOrigin);
    if (!editor) return;
    const at = this.now();
    let board = this.pending.get(documentName);
    if (!board) this.pending.set(documentName, (board = new Map<string, PendingEdits>()));
    const edits = board.get(editor.id);
    if (!edits) {
      board.set(editor.id, { name: editor.name, firstAt: at, edits: 1, lastAt: at });
      return;
    }
    edits.edits += 1;
    edits.lastAt = at;
    if (at - edits.firstAt < EDIT_WINDOW_MS) return;
    try {
      this.write(documentName, editor.id, edits);
    } catch {
      // Still pending: written at the next window, flush or unload.
    }
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.flush(documentName);
  }

  /** Writes the edits gathered so far, of board `boardId` or of every board. */
  flush(boardId?: string): void {
    const boards = boardId === undefined ? [...this.pending.keys()] : [boardId];
    for (const board of boards) {
      for (const [person, edits] of this.pending.get(board) ?? []) {
        this.write(board, person, edits);
      }
    }
  }

  private write(board: string, person: string, edits: PendingEdits): void {
    this.activity.addEdits(board, person, edits.name, edits.edits, edits.lastAt);
    const people = this.pending.get(board);
    people?.delete(person);
    if (people?.size === 0) this.pending.delete(board);
  }
}
