import { Hono } from 'hono';
import type { ApiDependencies } from '../api/createApi.js';
import type { ApiEnv } from '../api/ApiEnv.js';

/**
 * `/api/published/:secret`: a published board for anyone holding its address, with no account
 * (docs/publishing.md). Mounted at `/api/published`, before authentication.
 */
export function publishedRoutes(_deps: ApiDependencies): Hono<ApiEnv> {
  return new Hono<ApiEnv>();
}
