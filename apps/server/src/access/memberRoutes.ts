import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody } from '../api/parseBody.js';
import type { AccessChange } from './AccessChange.js';
import { workspaceRoleBody } from './accessBodies.js';
import type { UserStore } from './UserStore.js';

/**
 * `/api/members`: workspace admins list every account and set its workspace role (null: none).
 * The last admin account keeps its role (409), so the workspace is never left without one.
 */
export function memberRoutes(
  users: UserStore,
  onAccessChanged: (change: AccessChange) => void,
): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use(requireRole('admin'));

  app.get('/', (c) => c.json(users.list()));

  app.put('/:userId', async (c) => {
    const userId = c.req.param('userId');
    const { role } = await parseBody(c, workspaceRoleBody);
    const result = users.setRole(userId, role);
    if (result === 'not-found') throw new ApiError(404, `No account ${JSON.stringify(userId)}.`);
    if (result === 'last-admin') {
      throw new ApiError(409, 'This is the last admin account; make someone else admin first.');
    }
    onAccessChanged({ personId: userId });
    return c.json(result);
  });

  return app;
}
