import { Hono } from 'hono';
import type { ApiDependencies } from '../api/createApi.js';
import type { ApiEnv } from '../api/ApiEnv.js';

/**
 * `/api/boards/:id/publications…` and `/api/boards/:id/webhooks…` (docs/publishing.md), for
 * people with a role on the board. Mounted at `/api`, after board access.
 */
export function publishingRoutes(_deps: ApiDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
