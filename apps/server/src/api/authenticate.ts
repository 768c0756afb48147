import type { MiddlewareHandler } from 'hono';
import { hasRole, type Role } from '../auth/roles.js';
import type { TokenStore } from '../auth/TokenStore.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';

/** Resolves `Authorization: Bearer <token>` to an identity, or answers 401. */
export function authenticate(tokens: TokenStore): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      throw new ApiError(401, 'Missing bearer token: send Authorization: Bearer <token>.');
    const identity = tokens.verify(match[1]);
    if (!identity) throw new ApiError(401, 'Unknown or revoked token.');
    c.set('identity', identity);
    await next();
  };
}

/** Answers 403 unless the caller has at least `role`. */
export function requireRole(role: Role): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!hasRole(c.get('identity').role, role)) {
      throw new ApiError(
        403,
        `This needs the ${role} role; your token has ${c.get('identity').role}.`,
      );
    }
    await next();
  };
}
