import type { MiddlewareHandler } from 'hono';
import type { Access } from '../auth/Access.js';
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

/**
 * On `/boards/:id…` routes: the caller's role on that board (`boardRole`), or 404 when they have
 * none, so a board nobody shared with them does not even show as existing.
 */
export function boardAccess(access: Access): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const boardId = c.req.param('id');
    if (boardId === undefined) return next();
    const role = access.roleOn(c.get('identity'), boardId);
    if (role === null) throw new ApiError(404, `No board ${JSON.stringify(boardId)}.`);
    c.set('boardRole', role);
    await next();
  };
}

/**
 * Answers 403 unless the caller has at least `role`: on the board of a `/boards/:id…` route, or
 * in the workspace elsewhere.
 */
export function requireRole(role: Role): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const held = c.get('boardRole') ?? c.get('identity').role;
    if (held === null || !hasRole(held, role)) {
      throw new ApiError(403, `This needs the ${role} role; you have ${held ?? 'none'}.`);
    }
    await next();
  };
}
