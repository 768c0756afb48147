import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { PresencePeer } from './PresencePeer';
import { readPeers } from './readPeers';

/** Who else is on the board, and a way to say which item this person has open. */
export interface Presence {
  readonly peers: readonly PresencePeer[];
  /** Publishes the item open in this tab's editor (null when none) to everyone else. */
  readonly setEditing: (itemId: string | null) => void;
}

interface PeerStore {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => readonly PresencePeer[];
}

const NO_PEERS: readonly PresencePeer[] = [];

const EMPTY_STORE: PeerStore = {
  subscribe: () => () => undefined,
  getSnapshot: () => NO_PEERS,
};

/** Follows awareness 'change' events, which fire only when someone's state really changed. */
function createPeerStore(provider: HocuspocusProvider): PeerStore {
  const awareness = provider.awareness;
  if (!awareness) return EMPTY_STORE;
  let peers: readonly PresencePeer[] = NO_PEERS;
  let stale = true;
  return {
    subscribe: (onChange) => {
      const onAwarenessChange = (): void => {
        stale = true;
        onChange();
      };
      awareness.on('change', onAwarenessChange);
      stale = true;
      return () => awareness.off('change', onAwarenessChange);
    },
    getSnapshot: () => {
      if (stale) {
        peers = readPeers(awareness.getStates(), awareness.clientID);
        stale = false;
      }
      return peers;
    },
  };
}

/** The other people on the board (from the provider's awareness), and the local `editing` setter. */
export function usePresence(provider: HocuspocusProvider | null): Presence {
  const store = useMemo(() => (provider ? createPeerStore(provider) : EMPTY_STORE), [provider]);
  const peers = useSyncExternalStore(store.subscribe, store.getSnapshot);

  const setEditing = useCallback(
    (itemId: string | null) => {
      if (provider?.awareness) provider.setAwarenessField('editing', itemId);
    },
    [provider],
  );

  return { peers, setEditing };
}
