import type { Hocuspocus } from '@hocuspocus/server';
import type { AccessChange } from '../access/AccessChange.js';
import type { Access } from '../auth/Access.js';
import { accessVerdict } from './accessVerdict.js';
import type { CollabContext } from './CollabContext.js';

function isAffected(context: CollabContext, change: AccessChange): boolean {
  return 'personId' in change
    ? context.user.id === change.personId
    : context.user.credentials.linkId === change.linkId;
}

/**
 * Re-checks, at once, every socket that `change` concerns, on every board, and closes those
 * whose access ended (4401) or whose role changed (4403), without waiting for their next
 * message: after signing out everywhere, a member's removal or new role, a revoked link or token.
 */
export function closeConnectionsOf(
  hocuspocus: Hocuspocus<CollabContext>,
  access: Access,
  change: AccessChange,
): void {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as CollabContext | undefined;
      if (!context?.user || !isAffected(context, change)) continue;
      const { close } = accessVerdict(access, context, document.name);
      if (close) connection.close(close);
    }
  }
}
