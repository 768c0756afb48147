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

/** Whether a socket may go on, and for how long that holds unless someone changes access. */
export interface AccessVerdict {
  /** Null when the socket may go on, else how to close it. */
  readonly close: AccessClose | null;
  /** When (server clock) a session or link behind it expires by itself; Infinity for never. */
  readonly until: number;
}

/**
 * Whether a socket on board `boardId`, authenticated as `context`, may go on. A handful of
 * indexed lookups: it runs before socket messages (see RememberedVerdicts).
 */
export function accessVerdict(
  access: Access,
  context: CollabContext,
  boardId: string,
): AccessVerdict {
  const until = access.currentUntil(context.user);
  if (until === null) return { close: UNAUTHORIZED, until: -Infinity };
  const role = access.roleOn(context.user, boardId);
  if (role === null) return { close: UNAUTHORIZED, until: -Infinity };
  return { close: role === context.role ? null : ROLE_CHANGED, until };
}
