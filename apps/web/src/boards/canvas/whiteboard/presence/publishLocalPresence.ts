import { atom, createPresenceStateDerivation, react, type TLStore, type TLUser } from 'tldraw';
import type { PresenceAwareness } from './PresenceAwareness';
import { PRESENCE_FIELD, publishedPresenceOf } from './PublishedPresence';

/**
 * At most one awareness update per this many milliseconds while the pointer or camera moves:
 * 20 a second keeps a cursor smooth for others without flooding the board's socket.
 */
export const PUBLISH_INTERVAL_MS = 50;

/**
 * Publishes this person's tldraw presence (cursor, selection, camera, page, brush, scribbles,
 * whom they follow, cursor chat) into `awareness` whenever it changes. tldraw's own
 * `createPresenceStateDerivation` computes it from the store; the reaction runs at most once per
 * {@link PUBLISH_INTERVAL_MS} and always reads the latest state, so the last move is never lost.
 * Returns a function that stops and clears the field, so others stop drawing this person's
 * cursor when they leave the whiteboard.
 */
export function publishLocalPresence(
  store: TLStore,
  awareness: PresenceAwareness,
  user: TLUser,
): () => void {
  const $presence = createPresenceStateDerivation(atom('whiteboard user', user))(store);
  let pending: ReturnType<typeof setTimeout> | null = null;
  let lastPublishedAt = -Infinity;
  const stop = react(
    'publish whiteboard presence',
    () => {
      const presence = $presence.get();
      lastPublishedAt = Date.now();
      awareness.setLocalStateField(PRESENCE_FIELD, presence ? publishedPresenceOf(presence) : null);
    },
    {
      // Changes while a run is pending fold into it: the run reads the latest presence.
      scheduleEffect: (execute) => {
        if (pending !== null) return;
        const wait = Math.max(0, lastPublishedAt + PUBLISH_INTERVAL_MS - Date.now());
        pending = setTimeout(() => {
          pending = null;
          execute();
        }, wait);
      },
    },
  );
  return () => {
    stop();
    if (pending !== null) clearTimeout(pending);
    awareness.setLocalStateField(PRESENCE_FIELD, null);
  };
}
