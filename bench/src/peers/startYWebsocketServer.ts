import { createServer } from 'node:http';
import { register } from 'node:module';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/** A running reference server. */
export interface YWebsocketServer {
  /** Clients append `/<document name>`. */
  readonly wsUrl: string;
  /** Names of the documents the server holds in memory. */
  loadedDocuments(): readonly string[];
  stop(): Promise<void>;
}

/**
 * Starts the reference y-websocket server (`@y/websocket-server`) on 127.0.0.1 and an ephemeral
 * port, the way its own `server.js` wires it: documents in memory, no authentication, no
 * persistence. Its `server` entry point is not used because it listens on a fixed port at import.
 * The server is loaded on first use, through {@link ./referenceYjsHooks.ts}'s resolution of its
 * Yjs (it also brings a second Yjs into the process, which Yjs warns about once).
 */
export async function startYWebsocketServer(): Promise<YWebsocketServer> {
  register(new URL('./referenceYjsHooks.js', import.meta.url));
  const { docs, setupWSConnection } = await import('@y/websocket-server/utils');
  const sockets = new WebSocketServer({ noServer: true });
  const http = createServer((_request, response) => response.end('okay'));
  http.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    wsUrl: `ws://127.0.0.1:${port}`,
    loadedDocuments: () => [...docs.keys()],
    stop: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      // Without persistence the server keeps every document, and each document's awareness
      // checks for stale peers on an interval, which would keep the process alive.
      for (const doc of docs.values()) {
        doc.awareness.destroy();
        doc.destroy();
      }
      docs.clear();
    },
  };
}
