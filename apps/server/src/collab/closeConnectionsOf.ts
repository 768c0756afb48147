import type { Hocuspocus } from '@hocuspocus/server';
import type { CollabContext } from './CollabContext.js';

/** Closes every socket opened with token `tokenId` (after it was revoked), on every board. */
export function closeConnectionsOf(hocuspocus: Hocuspocus<CollabContext>, tokenId: string): void {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as CollabContext | undefined;
      if (context?.user.id === tokenId) connection.close({ code: 4401, reason: 'unauthorized' });
    }
  }
}
