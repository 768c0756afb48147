import type { beforeSyncPayload, Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import type { CollabContext } from './CollabContext.js';
import { updateTouchesRoots } from './updateTouchesRoots.js';

/**
 * Keeps root types that only the server writes (today the facilitation state) out of clients'
 * reach. Before Hocuspocus applies a client's sync step 2 or update, the update is decoded and
 * refused if it would insert into or delete from a guarded root; refusing closes that
 * connection and leaves the document untouched. The server's own writes go through direct
 * connections, which never pass this hook.
 */
export class RootWriteGuard implements Extension<CollabContext> {
  readonly extensionName = 'cairn-root-write-guard';

  constructor(
    private readonly roots: readonly string[],
    private readonly logger: Logger,
  ) {}

  async beforeSync(payload: beforeSyncPayload<CollabContext>): Promise<void> {
    const { type, connection, document, context } = payload;
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return;
    // Hocuspocus drops every update from a read-only connection anyway.
    if (connection.readOnly) return;
    if (!updateTouchesRoots(document, payload.payload, this.roots)) return;
    this.logger.warn(
      { board: document.name, user: context.user.id, roots: this.roots, syncMessageType: type },
      'refused a client update to a server-only root',
    );
    throw Object.assign(new Error('update to a server-only root'), {
      code: 4403,
      reason: 'forbidden',
    });
  }
}
