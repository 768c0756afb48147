import { Hono } from 'hono';
import type { AccessChange } from '../access/AccessChange.js';
import type { TokenStore } from '../auth/TokenStore.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';
import { requireRole } from './authenticate.js';
import { parseBody } from './parseBody.js';
import { createTokenBody } from './schemas.js';

/**
 * `/api/tokens`: admins create, list and revoke tokens (the secret is shown once). `onRevoked`
 * runs after a revocation so open sockets of that token close at once.
 */
export function tokenRoutes(
  tokens: TokenStore,
  onRevoked: (change: AccessChange) => void,
): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use(requireRole('admin'));

  app.get('/', (c) => c.json(tokens.list()));

  app.post('/', async (c) => {
    const body = await parseBody(c, createTokenBody);
    return c.json(tokens.create(body.name, body.role), 201);
  });

  app.delete('/:tokenId', (c) => {
    const tokenId = c.req.param('tokenId');
    if (!tokens.get(tokenId)) throw new ApiError(404, `No token ${JSON.stringify(tokenId)}.`);
    tokens.revoke(tokenId);
    onRevoked({ personId: tokenId });
    return c.body(null, 204);
  });

  return app;
}
