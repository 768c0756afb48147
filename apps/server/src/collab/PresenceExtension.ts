import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import type { CollabContext } from './CollabContext.js';
import { presenceColor } from './presenceColor.js';

/**
 * Stamps every awareness state with the identity the server established, replacing whatever the
 * client claimed, and drops states for awareness client ids that another connection owns, so no
 * one can appear as someone else or overwrite another person's cursor. (How many ids one
 * connection may own is capped earlier, by the socket guard, which sees the raw update.)
 */
export class PresenceExtension implements Extension<CollabContext> {
  readonly extensionName = 'cairn-presence';

  async beforeHandleAwareness(payload: beforeHandleAwarenessPayload<CollabContext>): Promise<void> {
    const { connection, context, document, states } = payload;
    if (!connection || !context) return;
    const own = document.connections.get(connection)?.clients;
    const ownedElsewhere = new Set<number>();
    document.connections.forEach((entry, other) => {
      if (other !== connection) entry.clients.forEach((id: number) => ownedElsewhere.add(id));
    });
    for (const [clientId, state] of states) {
      if (ownedElsewhere.has(clientId) && !own?.has(clientId)) {
        states.delete(clientId);
        continue;
      }
      state.user = {
        id: context.user.id,
        name: context.user.name,
        role: context.role,
        color: presenceColor(context.user.id),
      };
    }
  }
}
