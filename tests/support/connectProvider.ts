import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { waitFor } from './waitFor.js';

/** An official Hocuspocus provider in Node, with what tests need to await. */
export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves when the first sync with the server is done. */
  synced(): Promise<void>;
  /** Resolves when the server has acknowledged every local change (so they are durable). */
  acknowledged(): Promise<void>;
  /** Resolves with the reason when the server refuses the token. */
  refused(): Promise<string>;
  /** Resolves with the close reason the next time the connection closes. */
  closed(): Promise<string>;
  destroy(): void;
}

/** What else the socket's upgrade request carries, as a browser's would. */
export interface ConnectOptions {
  /** Extra upgrade headers, e.g. `cookie` (a signed-in browser) or `origin`. */
  readonly headers?: Record<string, string>;
  /** The document the provider syncs (default: a new, empty one), e.g. one kept offline. */
  readonly doc?: Y.Doc;
}

/** `ws` with fixed upgrade headers: browsers send the session cookie with the upgrade. */
function webSocketWith(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL | null, protocols?: string | string[]) {
      super(address as string | URL, protocols, { headers });
    }
  } as typeof WebSocket;
}

/**
 * Opens a provider for board `name` with `token` against a Cairn server's `/collab` URL. With
 * `options.headers.cookie` and an empty token, the session cookie authenticates.
 */
export function connectProvider(
  wsUrl: string,
  name: string,
  token: string,
  options: ConnectOptions = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  let announceRefusal: (reason: string) => void = () => undefined;
  const refusal = new Promise<string>((resolve) => (announceRefusal = resolve));
  // Node 20 has no global WebSocket, so the socket is made here with `ws` and attached by hand.
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: options.headers ? webSocketWith(options.headers) : WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => announceRefusal(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced: () => waitFor(`sync of ${name}`, provider, 'synced', () => provider.isSynced),
    acknowledged: () =>
      waitFor(
        `acknowledgement of ${name}`,
        provider,
        'unsyncedChanges',
        () => provider.isSynced && provider.unsyncedChanges === 0,
      ),
    refused: () => refusal,
    closed: () =>
      new Promise((resolve) => {
        const listener = ({ event }: { event: { reason: string } }) => {
          provider.off('close', listener);
          resolve(event.reason);
        };
        provider.on('close', listener);
      }),
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
