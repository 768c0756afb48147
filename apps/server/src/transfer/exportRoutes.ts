import { Hono } from 'hono';
import type { ApiDependencies } from '../api/createApi.js';
import type { ApiEnv } from '../api/ApiEnv.js';

/** `GET /api/boards/:id/export?format=…` (docs/formats.md). Mounted at `/api/boards`. */
export function exportRoutes(_deps: ApiDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
