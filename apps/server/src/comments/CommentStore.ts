import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';
import { REACTION_EMOJIS } from './commentRules.js';
import type { Anchor, CommentView, PersonRef, ReactionView, ThreadView } from './ThreadView.js';

/** A comment about to be stored; the caller has validated the body and checked the mentions. */
export interface NewComment {
  readonly id: string;
  readonly author: PersonRef;
  readonly body: string;
  readonly mentions: readonly string[];
  readonly createdAt: number;
}

/** What the routes need to decide who may change a comment. */
export interface CommentFacts {
  readonly id: string;
  readonly threadId: string;
  readonly boardId: string;
  readonly authorId: string;
  /** Who started the comment's thread (may resolve it). */
  readonly threadAuthorId: string;
  readonly body: string;
  readonly mentions: readonly string[];
  readonly deleted: boolean;
}

interface ThreadRow {
  id: string;
  board: string;
  anchor_type: 'item' | 'shape' | null;
  anchor_id: string | null;
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: number | null;
  created_at: number;
}

interface CommentRow {
  id: string;
  thread: string;
  author: string;
  author_name: string;
  body: string;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
}

interface FactsRow {
  id: string;
  thread: string;
  board: string;
  author: string;
  thread_author: string;
  body: string;
  deleted_at: number | null;
}

interface MentionRow {
  comment: string;
  person: string;
}

interface ReactionRow {
  comment: string;
  emoji: string;
  person: string;
  person_name: string;
}

const THREAD_COLUMNS =
  't.id, t.board, t.anchor_type, t.anchor_id, t.resolved_by, t.resolved_by_name, t.resolved_at, t.created_at';
const COMMENT_COLUMNS =
  'c.id, c.thread, c.author, c.author_name, c.body, c.created_at, c.edited_at, c.deleted_at';

/** Groups rows by one of their fields, keeping their order. */
function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function anchorOf(row: ThreadRow): Anchor | null {
  return row.anchor_type === null || row.anchor_id === null
    ? null
    : { type: row.anchor_type, id: row.anchor_id };
}

/** The reactions of one comment, emojis in the fixed order, people in the order they reacted. */
function reactionsOf(rows: readonly ReactionRow[]): ReactionView[] {
  const byEmoji = groupBy(rows, (row) => row.emoji);
  return REACTION_EMOJIS.flatMap((emoji) => {
    const people = byEmoji.get(emoji);
    return people
      ? [{ emoji, people: people.map((row) => ({ id: row.person, name: row.person_name })) }]
      : [];
  });
}

/**
 * Comment threads, their comments, mentions and reactions (docs/comments.md). Stored in SQLite,
 * never in a board's document, so only the REST API, which checks roles, writes them.
 */
export class CommentStore {
  private readonly insertThread: Statement<
    [string, string, string | null, string | null, string, number]
  >;
  private readonly insertComment: Statement<[string, string, string, string, string, number]>;
  private readonly insertMention: Statement<[string, string]>;
  private readonly deleteMentions: Statement<[string]>;
  private readonly selectBoardThreads: Statement<[string], ThreadRow>;
  private readonly selectBoardComments: Statement<[string], CommentRow>;
  private readonly selectBoardMentions: Statement<[string], MentionRow>;
  private readonly selectBoardReactions: Statement<[string], ReactionRow>;
  private readonly selectThread: Statement<[string], ThreadRow>;
  private readonly selectThreadComments: Statement<[string], CommentRow>;
  private readonly selectThreadMentions: Statement<[string], MentionRow>;
  private readonly selectThreadReactions: Statement<[string], ReactionRow>;
  private readonly selectFacts: Statement<[string, string], FactsRow>;
  private readonly selectCommentMentions: Statement<[string], { person: string }>;
  private readonly selectAuthors: Statement<[string], { author: string }>;
  private readonly updateBody: Statement<[string, number, string]>;
  private readonly updateResolved: Statement<[string | null, string | null, number | null, string]>;
  private readonly markDeleted: Statement<[number, string]>;
  private readonly deleteReactions: Statement<[string]>;
  private readonly deleteComment: Statement<[string]>;
  private readonly deleteThread: Statement<[string]>;
  private readonly insertReaction: Statement<[string, string, string, string, number]>;
  private readonly deleteReaction: Statement<[string, string, string]>;

  constructor(private readonly db: Db) {
    this.insertThread = db.prepare(
      `INSERT INTO comment_threads (id, board, anchor_type, anchor_id, author, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertComment = db.prepare(
      `INSERT INTO comments (id, thread, author, author_name, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertMention = db.prepare(
      'INSERT INTO comment_mentions (comment, person) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    this.deleteMentions = db.prepare('DELETE FROM comment_mentions WHERE comment = ?');
    // The comments of a board, or of a thread; mentions and reactions join onto them.
    const boardComments = 'FROM comment_threads t JOIN comments c ON c.thread = t.id';
    const threadComments = 'FROM comments c';
    const mentions = 'JOIN comment_mentions m ON m.comment = c.id';
    const reactions = 'JOIN comment_reactions r ON r.comment = c.id';
    this.selectBoardThreads = db.prepare(
      `SELECT ${THREAD_COLUMNS} FROM comment_threads t WHERE t.board = ?
       ORDER BY t.created_at, t.rowid`,
    );
    this.selectBoardComments = db.prepare(
      `SELECT ${COMMENT_COLUMNS} ${boardComments} WHERE t.board = ? ORDER BY c.created_at, c.rowid`,
    );
    this.selectBoardMentions = db.prepare(
      `SELECT m.comment, m.person ${boardComments} ${mentions} WHERE t.board = ? ORDER BY m.rowid`,
    );
    this.selectBoardReactions = db.prepare(
      `SELECT r.comment, r.emoji, r.person, r.person_name ${boardComments} ${reactions}
       WHERE t.board = ? ORDER BY r.created_at, r.rowid`,
    );
    this.selectThread = db.prepare(
      `SELECT ${THREAD_COLUMNS} FROM comment_threads t WHERE t.id = ?`,
    );
    this.selectThreadComments = db.prepare(
      `SELECT ${COMMENT_COLUMNS} ${threadComments} WHERE c.thread = ? ORDER BY c.created_at, c.rowid`,
    );
    this.selectThreadMentions = db.prepare(
      `SELECT m.comment, m.person ${threadComments} ${mentions} WHERE c.thread = ? ORDER BY m.rowid`,
    );
    this.selectThreadReactions = db.prepare(
      `SELECT r.comment, r.emoji, r.person, r.person_name ${threadComments} ${reactions}
       WHERE c.thread = ? ORDER BY r.created_at, r.rowid`,
    );
    this.selectFacts = db.prepare(
      `SELECT c.id, c.thread, t.board, c.author, t.author AS thread_author, c.body, c.deleted_at
       FROM comments c JOIN comment_threads t ON t.id = c.thread WHERE t.board = ? AND c.id = ?`,
    );
    this.selectCommentMentions = db.prepare(
      'SELECT person FROM comment_mentions WHERE comment = ? ORDER BY rowid',
    );
    this.selectAuthors = db.prepare(
      'SELECT DISTINCT author FROM comments WHERE thread = ? AND deleted_at IS NULL',
    );
    this.updateBody = db.prepare('UPDATE comments SET body = ?, edited_at = ? WHERE id = ?');
    this.updateResolved = db.prepare(
      `UPDATE comment_threads SET resolved_by = ?, resolved_by_name = ?, resolved_at = ?
       WHERE id = ?`,
    );
    this.markDeleted = db.prepare(`UPDATE comments SET body = '', deleted_at = ? WHERE id = ?`);
    this.deleteReactions = db.prepare('DELETE FROM comment_reactions WHERE comment = ?');
    this.deleteComment = db.prepare('DELETE FROM comments WHERE id = ?');
    this.deleteThread = db.prepare('DELETE FROM comment_threads WHERE id = ?');
    this.insertReaction = db.prepare(
      `INSERT INTO comment_reactions (comment, emoji, person, person_name, created_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.deleteReaction = db.prepare(
      'DELETE FROM comment_reactions WHERE comment = ? AND emoji = ? AND person = ?',
    );
  }

  /** Starts a thread on `boardId` with its first comment; the thread's id is the comment's. */
  createThread(boardId: string, anchor: Anchor | null, first: NewComment): void {
    this.db.transaction(() => {
      this.insertThread.run(
        first.id,
        boardId,
        anchor?.type ?? null,
        anchor?.id ?? null,
        first.author.id,
        first.createdAt,
      );
      this.insert(first.id, first);
    })();
  }

  /** Adds `reply` at the end of thread `threadId`, which exists. */
  addReply(threadId: string, reply: NewComment): void {
    this.db.transaction(() => this.insert(threadId, reply))();
  }

  /** Every thread of `boardId`, oldest first, resolved ones included. */
  threads(boardId: string): ThreadView[] {
    return this.assemble(
      this.selectBoardThreads.all(boardId),
      this.selectBoardComments.all(boardId),
      this.selectBoardMentions.all(boardId),
      this.selectBoardReactions.all(boardId),
    );
  }

  /** Thread `threadId` of `boardId`, or undefined. */
  thread(boardId: string, threadId: string): ThreadView | undefined {
    const row = this.selectThread.get(threadId);
    if (!row || row.board !== boardId) return undefined;
    return this.assemble(
      [row],
      this.selectThreadComments.all(threadId),
      this.selectThreadMentions.all(threadId),
      this.selectThreadReactions.all(threadId),
    )[0];
  }

  /** Comment `commentId` of `boardId` (deleted ones too), or undefined. */
  comment(boardId: string, commentId: string): CommentFacts | undefined {
    const row = this.selectFacts.get(boardId, commentId);
    if (!row) return undefined;
    return {
      id: row.id,
      threadId: row.thread,
      boardId: row.board,
      authorId: row.author,
      threadAuthorId: row.thread_author,
      body: row.body,
      mentions: this.selectCommentMentions.all(row.id).map((mention) => mention.person),
      deleted: row.deleted_at !== null,
    };
  }

  /** The people who wrote a comment of the thread that is still there, in no particular order. */
  participants(threadId: string): string[] {
    return this.selectAuthors.all(threadId).map((row) => row.author);
  }

  /** Replaces a comment's body and its mentions. */
  editBody(commentId: string, body: string, mentions: readonly string[], at: number): void {
    this.db.transaction(() => {
      this.updateBody.run(body, at, commentId);
      this.deleteMentions.run(commentId);
      for (const person of mentions) this.insertMention.run(commentId, person);
    })();
  }

  /** Resolves thread `threadId` by `by`, or reopens it when `by` is null. */
  setResolved(threadId: string, by: PersonRef | null, at: number): void {
    this.updateResolved.run(by?.id ?? null, by?.name ?? null, by ? at : null, threadId);
  }

  /**
   * Deletes a comment. It stays, emptied, while comments after it in its thread exist, so the
   * replies keep their context; comments at the end of the thread that are deleted go for good,
   * and so does a thread with no comment left. Returns whether the thread is gone.
   */
  delete(threadId: string, commentId: string, at: number): { threadGone: boolean } {
    return this.db.transaction(() => {
      this.markDeleted.run(at, commentId);
      this.deleteMentions.run(commentId);
      this.deleteReactions.run(commentId);
      const comments = this.selectThreadComments.all(threadId);
      while (comments.length > 0 && comments[comments.length - 1]?.deleted_at !== null) {
        this.deleteComment.run((comments.pop() as CommentRow).id);
      }
      if (comments.length > 0) return { threadGone: false };
      this.deleteThread.run(threadId);
      return { threadGone: true };
    })();
  }

  /** Adds `person`'s `emoji` to a comment; nothing changes when it is already there. */
  react(commentId: string, emoji: string, person: PersonRef, at: number): void {
    this.insertReaction.run(commentId, emoji, person.id, person.name, at);
  }

  /** Takes `personId`'s `emoji` off a comment, if it was there. */
  unreact(commentId: string, emoji: string, personId: string): void {
    this.deleteReaction.run(commentId, emoji, personId);
  }

  private insert(threadId: string, comment: NewComment): void {
    this.insertComment.run(
      comment.id,
      threadId,
      comment.author.id,
      comment.author.name,
      comment.body,
      comment.createdAt,
    );
    for (const person of comment.mentions) this.insertMention.run(comment.id, person);
  }

  private assemble(
    threads: readonly ThreadRow[],
    comments: readonly CommentRow[],
    mentions: readonly MentionRow[],
    reactions: readonly ReactionRow[],
  ): ThreadView[] {
    const commentsByThread = groupBy(comments, (row) => row.thread);
    const mentionsByComment = groupBy(mentions, (row) => row.comment);
    const reactionsByComment = groupBy(reactions, (row) => row.comment);
    const toComment = (row: CommentRow): CommentView => ({
      id: row.id,
      author: { id: row.author, name: row.author_name },
      body: row.body,
      mentions: (mentionsByComment.get(row.id) ?? []).map((mention) => mention.person),
      createdAt: row.created_at,
      editedAt: row.edited_at,
      deleted: row.deleted_at !== null,
      reactions: reactionsOf(reactionsByComment.get(row.id) ?? []),
    });
    return threads.map((row) => ({
      id: row.id,
      boardId: row.board,
      anchor: anchorOf(row),
      resolved: row.resolved_at !== null,
      resolvedBy:
        row.resolved_by !== null ? { id: row.resolved_by, name: row.resolved_by_name ?? '' } : null,
      resolvedAt: row.resolved_at,
      createdAt: row.created_at,
      comments: (commentsByThread.get(row.id) ?? []).map(toComment),
    }));
  }
}
