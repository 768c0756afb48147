import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import type { CommentRouteDependencies } from '../comments/commentRoutes.js';

/** `/api/inbox…` and `/api/boards/:id/follow|visit` (docs/comments.md). */
export function inboxRoutes(_deps: CommentRouteDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
