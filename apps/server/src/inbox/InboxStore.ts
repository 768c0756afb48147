import type { Statement } from 'better-sqlite3';
import type { PersonRef } from '../comments/ThreadView.js';
import type { Db } from '../storage/Db.js';

/** Why an item is in someone's inbox. */
export type InboxItemKind =
  /** They were mentioned in the comment. */
  | 'mention'
  /** The comment is a reply in a thread they started or replied to. */
  | 'reply';

/** An item about to be delivered. */
export interface NewInboxItem {
  /** Whose inbox. */
  readonly person: string;
  readonly kind: InboxItemKind;
  readonly boardId: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly by: PersonRef;
  readonly excerpt: string;
  readonly createdAt: number;
}

/** An item as `GET /api/inbox` shows it. */
export interface InboxItemView {
  readonly id: string;
  readonly kind: InboxItemKind;
  readonly boardId: string;
  readonly boardTitle: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly by: PersonRef;
  readonly excerpt: string;
  readonly createdAt: number;
  readonly read: boolean;
}

/** Someone's inbox: how many items are unread, and the newest items. */
export interface InboxView {
  readonly unread: number;
  readonly items: readonly InboxItemView[];
}

interface ItemRow {
  id: string;
  kind: InboxItemKind;
  board: string;
  board_title: string;
  thread: string;
  comment: string;
  by_id: string;
  by_name: string;
  excerpt: string;
  created_at: number;
  read_at: number | null;
}

/** Most items `GET /api/inbox` returns. */
export const INBOX_PAGE = 100;

/**
 * Every person's inbox: mentions of them and replies in threads they took part in. Items point
 * at a comment and go with it when it is deleted.
 */
export class InboxStore {
  private readonly insertItem: Statement<
    [string, string, string, string, string, string, string, string, string, number]
  >;
  private readonly selectBoards: Statement<[string], { board: string }>;
  private readonly selectItems: Statement<[string, string, number], ItemRow>;
  private readonly countUnread: Statement<[string, string], { unread: number }>;
  private readonly markAll: Statement<[number, string]>;
  private readonly markSome: Statement<[number, string, string]>;
  private readonly deleteByComment: Statement<[string]>;
  private readonly deleteReadBefore: Statement<[number]>;
  private readonly updateExcerpt: Statement<[string, string]>;
  private readonly selectMentioned: Statement<[string], { person: string }>;

  constructor(
    db: Db,
    private readonly newId: () => string,
  ) {
    this.insertItem = db.prepare(
      `INSERT INTO inbox_items
         (id, person, kind, board, thread, comment, by_id, by_name, excerpt, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectBoards = db.prepare('SELECT DISTINCT board FROM inbox_items WHERE person = ?');
    // `boards` is a JSON array of the boards the person can still read.
    const readable = 'i.person = ? AND i.board IN (SELECT value FROM json_each(?))';
    this.selectItems = db.prepare(
      `SELECT i.id, i.kind, i.board, b.title AS board_title, i.thread, i.comment, i.by_id,
              i.by_name, i.excerpt, i.created_at, i.read_at
       FROM inbox_items i JOIN boards b ON b.id = i.board
       WHERE ${readable} ORDER BY i.created_at DESC, i.rowid DESC LIMIT ?`,
    );
    this.countUnread = db.prepare(
      `SELECT COUNT(*) AS unread FROM inbox_items i JOIN boards b ON b.id = i.board
       WHERE ${readable} AND i.read_at IS NULL`,
    );
    this.markAll = db.prepare(
      'UPDATE inbox_items SET read_at = ? WHERE person = ? AND read_at IS NULL',
    );
    this.markSome = db.prepare(
      `UPDATE inbox_items SET read_at = ? WHERE person = ? AND read_at IS NULL
         AND id IN (SELECT value FROM json_each(?))`,
    );
    this.deleteByComment = db.prepare('DELETE FROM inbox_items WHERE comment = ?');
    this.deleteReadBefore = db.prepare(
      'DELETE FROM inbox_items WHERE read_at IS NOT NULL AND read_at < ?',
    );
    this.updateExcerpt = db.prepare('UPDATE inbox_items SET excerpt = ? WHERE comment = ?');
    this.selectMentioned = db.prepare(
      `SELECT person FROM inbox_items WHERE comment = ? AND kind = 'mention'`,
    );
  }

  /** Delivers `items`, all at once. */
  add(items: readonly NewInboxItem[]): void {
    for (const item of items) {
      this.insertItem.run(
        this.newId(),
        item.person,
        item.kind,
        item.boardId,
        item.threadId,
        item.commentId,
        item.by.id,
        item.by.name,
        item.excerpt,
        item.createdAt,
      );
    }
  }

  /** The boards `person` has items about, so the caller can keep the ones they may still read. */
  boardsOf(person: string): string[] {
    return this.selectBoards.all(person).map((row) => row.board);
  }

  /** `person`'s inbox on the `readable` boards: the unread count, the newest items first. */
  list(person: string, readable: readonly string[], limit = INBOX_PAGE): InboxView {
    const boards = JSON.stringify(readable);
    return {
      unread: this.countUnread.get(person, boards)?.unread ?? 0,
      items: this.selectItems.all(person, boards, limit).map((row) => ({
        id: row.id,
        kind: row.kind,
        boardId: row.board,
        boardTitle: row.board_title,
        threadId: row.thread,
        commentId: row.comment,
        by: { id: row.by_id, name: row.by_name },
        excerpt: row.excerpt,
        createdAt: row.created_at,
        read: row.read_at !== null,
      })),
    };
  }

  /** Marks `person`'s items `ids` read (all of them without ids); other people's are untouched. */
  markRead(person: string, ids: readonly string[] | undefined, at: number): void {
    if (ids === undefined) this.markAll.run(at, person);
    else this.markSome.run(at, person, JSON.stringify(ids));
  }

  /** Forgets items read before `at` (ms); unread ones stay, however old. */
  pruneReadBefore(at: number): number {
    return this.deleteReadBefore.run(at).changes;
  }

  /** The people who already have a mention item for `commentId`. */
  mentionedIn(commentId: string): Set<string> {
    return new Set(this.selectMentioned.all(commentId).map((row) => row.person));
  }

  /** Refreshes the excerpt of every item about `commentId` after its body was edited. */
  setExcerpt(commentId: string, excerpt: string): void {
    this.updateExcerpt.run(excerpt, commentId);
  }

  /** Removes every item about `commentId`, which was deleted: its text must not linger. */
  forgetComment(commentId: string): void {
    this.deleteByComment.run(commentId);
  }
}
