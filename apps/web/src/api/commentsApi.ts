import { ApiError } from './ApiError';
import type {
  BoardChanges,
  BoardPerson,
  Comment,
  CommentAnchor,
  Inbox,
  InboxItem,
  PersonRef,
  Reaction,
  Thread,
} from './commentTypes';
import { sendWithToken as send } from './requestJson';
import { boardApiPath, ignoreBody } from './apiPaths';

/**
 * The REST calls of comments, mentions and the inbox (docs/comments.md). Every function rejects
 * with an ApiError carrying the server's reason, ready to show.
 */

function fail(what: string): never {
  throw new ApiError(0, `The server sent an unexpected ${what}. Is the server up to date?`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

function list(value: unknown, what: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(what);
}

function string(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what);
}

function number(value: unknown, what: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(what);
}

function nullableNumber(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : number(value, what);
}

function parsePerson(value: unknown): PersonRef {
  const body = record(value, 'person');
  return { id: string(body['id'], 'person id'), name: string(body['name'], 'person name') };
}

function parseAnchor(value: unknown): CommentAnchor | null {
  if (value === null || value === undefined) return null;
  const body = record(value, 'comment anchor');
  const id = string(body['id'], 'comment anchor');
  switch (body['type']) {
    case 'item':
      return { type: 'item', id };
    case 'shape':
      return { type: 'shape', id };
    default:
      return fail('comment anchor');
  }
}

function parseReaction(value: unknown): Reaction {
  const body = record(value, 'reaction');
  return {
    emoji: string(body['emoji'], 'reaction'),
    people: list(body['people'], 'reaction').map(parsePerson),
  };
}

function parseComment(value: unknown): Comment {
  const body = record(value, 'comment');
  return {
    id: string(body['id'], 'comment id'),
    author: parsePerson(body['author']),
    body: typeof body['body'] === 'string' ? body['body'] : '',
    mentions: list(body['mentions'] ?? [], 'mentions').map((id) => string(id, 'mention')),
    createdAt: number(body['createdAt'], 'comment time'),
    editedAt: nullableNumber(body['editedAt'], 'comment edit time'),
    deleted: body['deleted'] === true,
    reactions: list(body['reactions'] ?? [], 'reactions').map(parseReaction),
  };
}

/** A thread as every comment endpoint and live message carries it. */
export function parseThread(value: unknown): Thread {
  const body = record(value, 'thread');
  return {
    id: string(body['id'], 'thread id'),
    boardId: string(body['boardId'], 'thread board'),
    anchor: parseAnchor(body['anchor']),
    resolved: body['resolved'] === true,
    resolvedBy:
      body['resolvedBy'] === null || body['resolvedBy'] === undefined
        ? null
        : parsePerson(body['resolvedBy']),
    resolvedAt: nullableNumber(body['resolvedAt'], 'resolve time'),
    createdAt: number(body['createdAt'], 'thread time'),
    comments: list(body['comments'], 'thread comments').map(parseComment),
  };
}

const parseThreads = (value: unknown): Thread[] =>
  list(record(value, 'comment list')['threads'], 'comment list').map(parseThread);

const parseCreatedId = (value: unknown): string => string(record(value, 'answer')['id'], 'id');

function parsePeople(value: unknown): BoardPerson[] {
  return list(value, 'people list').map((entry) => {
    const person = record(entry, 'person');
    return {
      ...parsePerson(person),
      kind: typeof person['kind'] === 'string' ? person['kind'] : 'user',
    };
  });
}

function parseInboxItem(value: unknown): InboxItem {
  const body = record(value, 'inbox item');
  return {
    id: string(body['id'], 'inbox item id'),
    kind: body['kind'] === 'mention' ? 'mention' : 'reply',
    boardId: string(body['boardId'], 'inbox board'),
    boardTitle: typeof body['boardTitle'] === 'string' ? body['boardTitle'] : '',
    threadId: string(body['threadId'], 'inbox thread'),
    commentId: string(body['commentId'], 'inbox comment'),
    by: parsePerson(body['by']),
    excerpt: typeof body['excerpt'] === 'string' ? body['excerpt'] : '',
    createdAt: number(body['createdAt'], 'inbox time'),
    read: body['read'] === true,
  };
}

function parseInbox(value: unknown): Inbox {
  const body = record(value, 'inbox');
  return {
    unread: number(body['unread'], 'unread count'),
    items: list(body['items'], 'inbox').map(parseInboxItem),
  };
}

function parseChanges(value: unknown): BoardChanges[] {
  return list(record(value, 'changes')['boards'], 'changes').map((entry) => {
    const body = record(entry, 'changed board');
    return {
      boardId: string(body['boardId'], 'changed board'),
      title: typeof body['title'] === 'string' ? body['title'] : '',
      kind: typeof body['kind'] === 'string' ? body['kind'] : '',
      lastVisitAt: nullableNumber(body['lastVisitAt'], 'visit time'),
      edits: number(body['edits'] ?? 0, 'edit count'),
      comments: number(body['comments'] ?? 0, 'comment count'),
      people: list(body['people'] ?? [], 'people').map(parsePerson),
      lastChangeAt: number(body['lastChangeAt'], 'change time'),
    };
  });
}

const commentPath = (boardId: string, commentId: string) =>
  `${boardApiPath(boardId)}/comments/${encodeURIComponent(commentId)}`;

/** Every thread of the board, oldest first, resolved ones included. */
export function fetchThreads(token: string, boardId: string, signal?: AbortSignal) {
  return send(token, 'GET', `${boardApiPath(boardId)}/comments`, parseThreads, undefined, signal);
}

/** Starts a thread on `anchor` (null: the board); the new thread's id. */
export function createThread(
  token: string,
  boardId: string,
  body: string,
  anchor: CommentAnchor | null,
): Promise<string> {
  return send(token, 'POST', `${boardApiPath(boardId)}/comments`, parseCreatedId, {
    body,
    ...(anchor === null ? {} : { anchor }),
  });
}

/** Adds a reply to thread `threadId`; the reply's id. */
export function replyToThread(
  token: string,
  boardId: string,
  threadId: string,
  body: string,
): Promise<string> {
  return send(token, 'POST', `${commentPath(boardId, threadId)}/replies`, parseCreatedId, { body });
}

/** Changes the body of one's own comment; the thread after the change. */
export function editComment(token: string, boardId: string, commentId: string, body: string) {
  return send(token, 'PATCH', commentPath(boardId, commentId), parseThread, { body });
}

/** Resolves or reopens the thread of `commentId`; the thread after the change. */
export function setThreadResolved(
  token: string,
  boardId: string,
  commentId: string,
  resolved: boolean,
) {
  return send(token, 'PATCH', commentPath(boardId, commentId), parseThread, { resolved });
}

/** Deletes a comment (a thread's first comment with no replies takes the thread with it). */
export async function deleteComment(token: string, boardId: string, commentId: string) {
  await send(token, 'DELETE', commentPath(boardId, commentId), ignoreBody);
}

/** Adds (`on`) or takes back the caller's `emoji` on a comment; the thread after the change. */
export function setReaction(
  token: string,
  boardId: string,
  commentId: string,
  emoji: string,
  on: boolean,
) {
  return send(
    token,
    on ? 'PUT' : 'DELETE',
    `${commentPath(boardId, commentId)}/reactions/${encodeURIComponent(emoji)}`,
    parseThread,
  );
}

/** Everyone who can read the board, for mentions. */
export function fetchBoardPeople(token: string, boardId: string, signal?: AbortSignal) {
  return send(token, 'GET', `${boardApiPath(boardId)}/people`, parsePeople, undefined, signal);
}

/** Records that the caller opened the board (for "Since your last visit"). */
export async function recordVisit(token: string, boardId: string) {
  await send(token, 'POST', `${boardApiPath(boardId)}/visit`, ignoreBody);
}

/** The caller's inbox: unread count and the newest items. */
export function fetchInbox(token: string, signal?: AbortSignal) {
  return send(token, 'GET', '/api/inbox', parseInbox, undefined, signal);
}

/** Marks `ids` read, or every item when `ids` is undefined. */
export async function markInboxRead(token: string, ids?: readonly string[]) {
  await send(token, 'POST', '/api/inbox/read', ignoreBody, ids === undefined ? {} : { ids });
}

/** Followed boards others changed since the caller's last visit. */
export function fetchBoardChanges(token: string, signal?: AbortSignal) {
  return send(token, 'GET', '/api/inbox/changes', parseChanges, undefined, signal);
}
