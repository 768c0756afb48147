import type { Identity } from '../auth/Identity.js';
import type { Role } from '../auth/roles.js';

/** Hono's typed context for Cairn's API. */
export interface ApiEnv {
  Variables: {
    /** The caller, set by `authenticate`. */
    identity: Identity;
    /** The caller's role on the board of a `/boards/:id…` route, set by `boardAccess`. */
    boardRole: Role | undefined;
  };
}
