import type { Identity } from '../auth/Identity.js';
import type { Role } from '../auth/roles.js';

/** The Hocuspocus connection context Cairn sets in onAuthenticate. */
export interface CollabContext {
  readonly user: Identity;
  /** The caller's role on this connection's board when it authenticated. */
  readonly role: Role;
}
