import type { Access } from '../auth/Access.js';
import type { CollabContext } from './CollabContext.js';

/** How a socket is closed when its access changed; the provider sees `reason`. */
export interface AccessClose {
  readonly code: number;
  readonly reason: string;
}

/** Credentials ended (signed out, token or link revoked, link expired) or no role left. */
export const UNAUTHORIZED: AccessClose = { code: 4401, reason: 'unauthorized' };

/** The role on the board is different now: the provider reconnects to get the new one. */
export const ROLE_CHANGED: AccessClose = { code: 4403, reason: 'role-changed' };

/**
 * Whether a socket on board `boardId`, authenticated as `context`, may go on: null if so, else
 * how to close it. Runs before every socket message, so it is a handful of indexed lookups.
 */
export function accessVerdict(
  access: Access,
  context: CollabContext,
  boardId: string,
): AccessClose | null {
  if (!access.isCurrent(context.user)) return UNAUTHORIZED;
  const role = access.roleOn(context.user, boardId);
  if (role === null) return UNAUTHORIZED;
  return role === context.role ? null : ROLE_CHANGED;
}
