import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import type { Access } from '../auth/Access.js';
import type { BoardService } from '../boards/BoardService.js';
import type { CommentServices } from './createCommentServices.js';

/** What the comment routes need. */
export interface CommentRouteDependencies {
  readonly comments: CommentServices;
  readonly access: Access;
  readonly boards: BoardService;
  readonly now: () => number;
  readonly notifyBoard: (boardId: string, message: string) => void;
}

/** `/api/boards/:id/comments…` (docs/comments.md). */
export function commentRoutes(_deps: CommentRouteDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
