import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody } from '../api/parseBody.js';
import type { Access } from '../auth/Access.js';
import { hasRole } from '../auth/roles.js';
import type { BoardService } from '../boards/BoardService.js';
import { deliverEditedComment, deliverNewComment } from '../inbox/deliverComment.js';
import { checkAnchor } from './checkAnchor.js';
import { newThreadBody, patchCommentBody, replyBody } from './commentBodies.js';
import { isReactionEmoji, REACTION_EMOJIS } from './commentRules.js';
import type { CommentFacts, NewComment } from './CommentStore.js';
import type { CommentServices } from './createCommentServices.js';
import { parseMentions } from './parseMentions.js';
import type { Anchor, PersonRef } from './ThreadView.js';

/** What the comment routes need. */
export interface CommentRouteDependencies {
  readonly comments: CommentServices;
  readonly access: Access;
  readonly boards: BoardService;
  readonly now: () => number;
  readonly notifyBoard: (boardId: string, message: string) => void;
}

function personOf(c: Context<ApiEnv>): PersonRef {
  const { id, name } = c.get('identity');
  return { id, name };
}

/**
 * `/api/boards/:id/comments…` (docs/comments.md). `boardAccess` has already answered 404 to
 * anyone with no role on the board; writes need commenter, and some need more (see each route).
 */
export function commentRoutes(deps: CommentRouteDependencies): Hono<ApiEnv> {
  const { comments, access, boards, now, notifyBoard } = deps;
  const { threads } = comments;
  const app = new Hono<ApiEnv>();
  const commenter = requireRole('commenter');

  /** The board of the route; 404 when it does not exist. */
  const boardOf = (c: Context<ApiEnv>): string => boards.summary(c.req.param('id') ?? '').id;

  /** The comment `commentId` of the route's board, not deleted; 404 otherwise. */
  const commentOf = (c: Context<ApiEnv>): CommentFacts => {
    const commentId = c.req.param('commentId') ?? '';
    const comment = threads.comment(boardOf(c), commentId);
    if (!comment || comment.deleted) {
      throw new ApiError(404, `No comment ${JSON.stringify(commentId)} on this board.`);
    }
    return comment;
  };

  /** A comment by the caller, with the mentions of `body` that can read the board. */
  const newComment = (c: Context<ApiEnv>, boardId: string, body: string): NewComment => ({
    id: comments.newId('c_'),
    author: personOf(c),
    body,
    mentions: readersMentioned(boardId, body),
    createdAt: now(),
  });

  const readersMentioned = (boardId: string, body: string): string[] =>
    parseMentions(body).filter((person) => access.roleOfPerson(person, boardId) !== null);

  /** Tells every connection on the board about the thread as it is now. */
  const announce = (boardId: string, threadId: string) => {
    const thread = threads.thread(boardId, threadId);
    const message = thread
      ? { type: 'comments', thread }
      : { type: 'comments', deletedThread: threadId };
    notifyBoard(boardId, JSON.stringify(message));
    return thread;
  };

  /** Tells the listeners (webhooks) about a comment just stored. */
  const announceAdded = (
    boardId: string,
    threadId: string,
    comment: NewComment,
    anchor: Anchor | null,
  ) => {
    const { id: commentId, author, body, createdAt } = comment;
    const added = { boardId, threadId, commentId, anchor, author, body, createdAt };
    for (const listener of comments.addedListeners) listener(added);
  };

  app.get('/boards/:id/comments', (c) => c.json({ threads: threads.threads(boardOf(c)) }));

  app.post('/boards/:id/comments', commenter, async (c) => {
    const boardId = boardOf(c);
    const { body, anchor } = await parseBody(c, newThreadBody);
    if (anchor) await boards.read(boardId, c.get('identity'), (doc) => checkAnchor(doc, anchor));
    const first = newComment(c, boardId, body);
    comments.transaction(() => {
      threads.createThread(boardId, anchor ?? null, first);
      deliverNewComment(comments, access, {
        boardId,
        threadId: first.id,
        commentId: first.id,
        author: first.author,
        body,
        mentions: first.mentions,
        at: first.createdAt,
      });
    });
    announce(boardId, first.id);
    announceAdded(boardId, first.id, first, anchor ?? null);
    return c.json({ id: first.id }, 201);
  });

  app.post('/boards/:id/comments/:threadId/replies', commenter, async (c) => {
    const boardId = boardOf(c);
    const threadId = c.req.param('threadId');
    if (!threads.thread(boardId, threadId)) {
      throw new ApiError(404, `No thread ${JSON.stringify(threadId)} on this board.`);
    }
    const { body } = await parseBody(c, replyBody);
    const reply = newComment(c, boardId, body);
    comments.transaction(() => {
      threads.addReply(threadId, reply);
      deliverNewComment(comments, access, {
        boardId,
        threadId,
        commentId: reply.id,
        author: reply.author,
        body,
        mentions: reply.mentions,
        at: reply.createdAt,
      });
    });
    const thread = announce(boardId, threadId);
    announceAdded(boardId, threadId, reply, thread?.anchor ?? null);
    return c.json({ id: reply.id }, 201);
  });

  app.patch('/boards/:id/comments/:commentId', commenter, async (c) => {
    const comment = commentOf(c);
    const patch = await parseBody(c, patchCommentBody);
    const me = personOf(c);
    // Every permission is checked before anything changes, so a patch applies whole or not at all.
    if (patch.body !== undefined && comment.authorId !== me.id) {
      throw new ApiError(403, 'Only its author may edit a comment.');
    }
    const mayResolve =
      hasRole(c.get('boardRole') ?? 'viewer', 'editor') || comment.threadAuthorId === me.id;
    if (patch.resolved !== undefined && !mayResolve) {
      throw new ApiError(
        403,
        'Only an editor or the author of the thread may resolve or reopen it.',
      );
    }
    const at = now();
    comments.transaction(() => {
      if (patch.body !== undefined && patch.body !== comment.body) {
        const mentions = readersMentioned(comment.boardId, patch.body);
        threads.editBody(comment.id, patch.body, mentions, at);
        deliverEditedComment(comments, access, {
          boardId: comment.boardId,
          threadId: comment.threadId,
          commentId: comment.id,
          author: me,
          body: patch.body,
          mentions,
          at,
        });
      }
      const thread = threads.thread(comment.boardId, comment.threadId);
      if (patch.resolved !== undefined && patch.resolved !== thread?.resolved) {
        threads.setResolved(comment.threadId, patch.resolved ? me : null, at);
      }
    });
    return c.json(announce(comment.boardId, comment.threadId));
  });

  app.delete('/boards/:id/comments/:commentId', commenter, (c) => {
    const comment = commentOf(c);
    const isAdmin = hasRole(c.get('boardRole') ?? 'viewer', 'admin');
    if (comment.authorId !== c.get('identity').id && !isAdmin) {
      throw new ApiError(403, 'Only its author or a board admin may delete a comment.');
    }
    comments.transaction(() => {
      threads.delete(comment.threadId, comment.id, now());
      comments.inbox.forgetComment(comment.id);
    });
    announce(comment.boardId, comment.threadId);
    return c.body(null, 204);
  });

  /** PUT adds the caller's reaction, DELETE takes it away; both answer the thread. */
  const reactionRoute = (add: boolean) => (c: Context<ApiEnv>) => {
    const emoji = c.req.param('emoji') ?? '';
    if (!isReactionEmoji(emoji)) {
      throw new ApiError(
        400,
        `Reactions are ${REACTION_EMOJIS.join(' ')}; not ${JSON.stringify(emoji)}.`,
      );
    }
    const comment = commentOf(c);
    if (add) threads.react(comment.id, emoji, personOf(c), now());
    else threads.unreact(comment.id, emoji, c.get('identity').id);
    return c.json(announce(comment.boardId, comment.threadId));
  };
  const reactionPath = '/boards/:id/comments/:commentId/reactions/:emoji';
  app.put(reactionPath, commenter, reactionRoute(true));
  app.delete(reactionPath, commenter, reactionRoute(false));

  return app;
}
