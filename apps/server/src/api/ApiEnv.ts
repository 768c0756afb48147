import type { Identity } from '../auth/Identity.js';

/** Hono's typed context for Cairn's API: the caller's identity, set by `authenticate`. */
export interface ApiEnv {
  Variables: {
    identity: Identity;
  };
}
