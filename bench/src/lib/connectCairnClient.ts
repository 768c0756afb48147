import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { SyncClient } from './SyncClient.js';
import { waitUntil } from './waitUntil.js';

/** An official Hocuspocus provider in Node on board `name` of a Cairn server, as the web app uses it. */
export function connectCairnClient(wsUrl: string, name: string, token: string): SyncClient {
  const doc = new Y.Doc();
  // Node 20 has no global WebSocket, so the socket is made with `ws` and attached by hand.
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
  });
  provider.attach();
  return {
    doc,
    synced: () => waitUntil(`sync of ${name}`, provider, 'synced', () => provider.isSynced),
    acknowledged: () =>
      waitUntil(
        `acknowledgement of ${name}`,
        provider,
        'unsyncedChanges',
        () => provider.isSynced && provider.unsyncedChanges === 0,
      ),
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
