import type { Identity } from '../auth/Identity.js';

/** The Hocuspocus connection context Cairn sets in onAuthenticate. */
export interface CollabContext {
  readonly user: Identity;
}
