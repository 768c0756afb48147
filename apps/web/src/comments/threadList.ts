import { parseThread } from '../api/commentsApi';
import type { CommentAnchor, Thread } from '../api/commentTypes';

/** A live change of the board's comments, as the server sends it over the stateless channel. */
export type CommentsMessage =
  | { readonly type: 'thread'; readonly thread: Thread }
  | { readonly type: 'deleted'; readonly threadId: string };

/**
 * The comments message in a stateless payload, or null for any other payload (summons, votes)
 * and for malformed ones: the channel carries every kind of message of the board.
 */
export function parseCommentsMessage(payload: string): CommentsMessage | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const body = message as Record<string, unknown>;
  if (body['type'] !== 'comments') return null;
  if (typeof body['deletedThread'] === 'string') {
    return { type: 'deleted', threadId: body['deletedThread'] };
  }
  try {
    return { type: 'thread', thread: parseThread(body['thread']) };
  } catch {
    return null;
  }
}

function byCreation(a: Thread, b: Thread): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * `threads` after `message`: a thread replaces the one with its id or joins in creation order;
 * a deletion removes it (deleting an unknown thread changes nothing). Never mutates `threads`.
 */
export function applyCommentsMessage(
  threads: readonly Thread[],
  message: CommentsMessage,
): readonly Thread[] {
  switch (message.type) {
    case 'deleted':
      return threads.some((thread) => thread.id === message.threadId)
        ? threads.filter((thread) => thread.id !== message.threadId)
        : threads;
    case 'thread': {
      const others = threads.filter((thread) => thread.id !== message.thread.id);
      return [...others, message.thread].sort(byCreation);
    }
  }
}

/**
 * A fetched list brought up to date with the live messages received while it was fetched, which
 * it may predate. Each message carries a whole thread (or a final deletion) and every change
 * sends one, so replaying one the list already includes is harmless: later messages, arriving in
 * order, end on the latest state.
 */
export function replayMissed(
  fetched: readonly Thread[],
  missed: readonly CommentsMessage[],
): readonly Thread[] {
  return missed.reduce(applyCommentsMessage, fetched);
}

/** The key of an anchor for maps: `item:<id>`, `shape:<id>`, or `board`. */
export function anchorKey(anchor: CommentAnchor | null): string {
  return anchor === null ? 'board' : `${anchor.type}:${anchor.id}`;
}

/** Open (unresolved) threads per anchor key. */
export function countOpenThreads(threads: readonly Thread[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved) continue;
    const key = anchorKey(thread.anchor);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
