import type { MiddlewareHandler } from 'hono';
import type { Authenticator } from '../access/Authenticator.js';
import { readSessionCookie, writeSessionCookie } from '../access/sessionCookie.js';
import type { Access } from '../auth/Access.js';
import { isAllowedOrigin } from '../auth/originPolicy.js';
import { hasRole, type Role } from '../auth/roles.js';
import type { ApiEnv } from './ApiEnv.js';
import { ApiError } from './ApiError.js';

/** Methods that never change anything, so they need no CSRF check. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Refuses (403) a cookie-authenticated write whose Origin is missing or foreign: the cookie goes
 * with any request the browser makes, so only the Origin tells our pages from another site's.
 */
export function checkOrigin(
  method: string,
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[],
): void {
  if (SAFE_METHODS.has(method)) return;
  if (origin === undefined || !isAllowedOrigin(origin, host, allowedOrigins)) {
    throw new ApiError(
      403,
      'Cross-site request refused: writes signed in by cookie must come from this server’s pages.',
    );
  }
}

/**
 * Establishes the caller (docs/access.md) from `Authorization: Bearer <API token or share
 * link>` and the session cookie, or answers 401. Cookie-authenticated writes must carry an
 * allowed Origin (403 otherwise); a session the request extended gets a fresh cookie.
 */
export function authenticate(
  authenticator: Authenticator,
  allowedOrigins: readonly string[],
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    let bearer: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1]) {
        throw new ApiError(
          401,
          'Malformed Authorization header: send Authorization: Bearer <token>.',
        );
      }
      bearer = match[1];
    }
    const result = authenticator.authenticate({ bearer, sessionSecret: readSessionCookie(c) });
    if ('failure' in result) throw new ApiError(401, result.failure);
    if (result.session) {
      checkOrigin(c.req.method, c.req.header('origin'), c.req.header('host'), allowedOrigins);
      const secret = readSessionCookie(c);
      if (result.session.refreshed && secret !== undefined) writeSessionCookie(c, secret);
    }
    c.set('identity', result.identity);
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
