import { Hono } from 'hono';
import type { ApiDependencies } from '../api/createApi.js';
import type { ApiEnv } from '../api/ApiEnv.js';

/**
 * `POST /api/boards/import` (docs/formats.md). Mounted at `/api/boards/import` after
 * authentication and before the per-board access check (`import` is not a board id).
 */
export function importRoutes(_deps: ApiDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
