import type { TLInstancePresence, TLStore } from 'tldraw';
import type { AwarenessChanges, PresenceAwareness } from './PresenceAwareness';
import { presenceFromAwarenessState, presenceIdOfClient } from './presenceFromAwarenessState';

/**
 * Keeps one tldraw `instance_presence` record in `store` per other connection on the board that
 * publishes whiteboard presence, so tldraw draws their cursors and selections and can follow
 * them. Records are written with `store.mergeRemoteChanges`, so they never enter anyone's undo
 * stack (and presence records are not document-scoped, so the Yjs binding never syncs them).
 * A record goes away when its connection leaves, clears its presence, or publishes garbage.
 * Returns a function that stops mirroring and removes every record it made.
 */
export function mirrorRemotePresence(
  store: TLStore,
  awareness: PresenceAwareness,
  now: () => number = Date.now,
): () => void {
  const shown = new Set<TLInstancePresence['id']>();

  const apply = (clientIds: Iterable<number>): void => {
    const states = awareness.getStates();
    const receivedAt = now();
    const put: TLInstancePresence[] = [];
    const removed: TLInstancePresence['id'][] = [];
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue;
      const presence = presenceFromAwarenessState(clientId, states.get(clientId), receivedAt);
      const id = presenceIdOfClient(clientId);
      if (presence) {
        put.push(presence);
        shown.add(id);
      } else if (shown.delete(id)) {
        removed.push(id);
      }
    }
    if (put.length === 0 && removed.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (removed.length > 0) store.remove(removed);
      if (put.length > 0) store.put(put);
    });
  };

  const onChange = ({ added, updated, removed }: AwarenessChanges): void =>
    apply([...added, ...updated, ...removed]);

  apply(awareness.getStates().keys());
  awareness.on('change', onChange);
  return () => {
    awareness.off('change', onChange);
    const ids = [...shown];
    shown.clear();
    if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids));
  };
}
