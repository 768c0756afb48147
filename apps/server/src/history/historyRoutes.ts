import { Hono } from 'hono';
import type { ApiDependencies } from '../api/createApi.js';
import type { ApiEnv } from '../api/ApiEnv.js';

/** `/api/boards/:id/versions…` (docs/history.md). Mounted at `/api`, after board access. */
export function historyRoutes(_deps: ApiDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
