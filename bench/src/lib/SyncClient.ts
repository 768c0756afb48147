import type * as Y from 'yjs';

/** A Yjs document kept in sync with a server, whichever server and protocol client. */
export interface SyncClient {
  readonly doc: Y.Doc;
  /** Resolves when the first sync with the server is done. */
  synced(): Promise<void>;
  /** Resolves when the server holds every local change (acknowledged, where the server acknowledges). */
  acknowledged(): Promise<void>;
  destroy(): void;
}
