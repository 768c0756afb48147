import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import type { CollabContext } from './CollabContext.js';
import { stampPresence } from './PresenceRelay.js';

/**
 * Stamps every awareness state with the identity the server established, replacing whatever the
 * client claimed, and drops states for awareness client ids that another connection owns, so no
 * one can appear as someone else or overwrite another person's cursor. (How many ids one
 * connection may own is capped earlier, by the socket guard, which sees the raw update.) Frames
 * of established connections take a faster path with the same rules (PresenceRelay); this hook
 * covers the ones Hocuspocus still handles.
 */
export class PresenceExtension implements Extension<CollabContext> {
  readonly extensionName = 'cairn-presence';

  async beforeHandleAwareness(payload: beforeHandleAwarenessPayload<CollabContext>): Promise<void> {
    const { connection, context, document, states } = payload;
    if (!connection || !context) return;
    stampPresence(connection, context, document, states as Map<number, Record<string, unknown>>);
  }
}
