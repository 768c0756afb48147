import { randomBytes } from 'node:crypto';
import type { Extension } from '@hocuspocus/server';
import { ActivityStore } from '../inbox/ActivityStore.js';
import { EditActivityExtension } from '../inbox/EditActivityExtension.js';
import { FollowStore } from '../inbox/FollowStore.js';
import { InboxStore } from '../inbox/InboxStore.js';
import { BoardIndex } from '../storage/BoardIndex.js';
import type { Db } from '../storage/Db.js';
import { CommentStore } from './CommentStore.js';
import type { Anchor, PersonRef } from './ThreadView.js';

/** A comment just stored (a thread's first or a reply), as listeners after the fact see it. */
export interface AddedComment {
  readonly boardId: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly anchor: Anchor | null;
  readonly author: PersonRef;
  readonly body: string;
  readonly createdAt: number;
}

/** What comments and the inbox keep, made once per server (docs/comments.md). */
export interface CommentServices {
  readonly threads: CommentStore;
  readonly inbox: InboxStore;
  readonly follows: FollowStore;
  readonly activity: ActivityStore;
  /** Counts edits per board and person; flushed before "since your last visit" is read. */
  readonly editActivity: EditActivityExtension;
  /** Hocuspocus extensions comments need (counting edits per person for the inbox). */
  readonly extensions: readonly Extension[];
  /** Runs `write` in one SQLite transaction: a comment and its inbox items land together. */
  readonly transaction: <T>(write: () => T) => T;
  /** A new id with `prefix` (`c_` comments, `n_` inbox items). */
  readonly newId: (prefix: string) => string;
  /** Called after a comment is stored and announced (webhooks, docs/publishing.md); never throw. */
  readonly addedListeners: ((comment: AddedComment) => void)[];
}

/** 96 random bits, as unguessable as a token id: ids appear in URLs and live messages. */
function randomId(prefix: string): string {
  return prefix + randomBytes(12).toString('base64url');
}

/** Builds the comment and inbox stores over `db`; `newId` is injectable for deterministic tests. */
export function createCommentServices(
  db: Db,
  now: () => number,
  newId: (prefix: string) => string = randomId,
): CommentServices {
  const boards = new BoardIndex(db);
  const follows = new FollowStore(db);
  const activity = new ActivityStore(db);
  const editActivity = new EditActivityExtension(
    activity,
    follows,
    (boardId) => boards.has(boardId),
    now,
  );
  return {
    threads: new CommentStore(db),
    inbox: new InboxStore(db, () => newId('n_')),
    follows,
    activity,
    editActivity,
    extensions: [editActivity],
    transaction: (write) => db.transaction(write)(),
    newId,
    addedListeners: [],
  };
}
