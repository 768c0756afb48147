import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { Logger } from 'pino';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isAllowedOrigin } from '../auth/originPolicy.js';
import type { PresenceRelay } from '../collab/PresenceRelay.js';
import type { DocumentSizeLimit } from '../limits/DocumentSizeLimit.js';
import { SocketGuard } from '../limits/SocketGuard.js';
import type { LimitClose, SocketLimits } from '../limits/SocketLimits.js';

/** Where the collaboration socket lives. */
export const COLLAB_PATH = '/collab';

export interface CollabOptions {
  /** Largest WebSocket message accepted; larger ones close the socket (code 1009). */
  readonly maxPayloadBytes: number;
  /**
   * Origins (scheme://host[:port]) allowed besides the server's own. Browsers always send
   * Origin, so this stops other sites from opening sockets with a visitor's share link.
   */
  readonly allowedOrigins: readonly string[];
  /** Message and awareness rates per socket. */
  readonly socketLimits: SocketLimits;
  readonly documentSizeLimit: DocumentSizeLimit;
  /** Re-checks an open connection's access before each message (null: it may go on). */
  readonly checkAccess: (connection: Connection) => LimitClose | null;
  readonly now: () => number;
  /** Applies presence frames of established connections (see PresenceRelay). */
  readonly presence?: PresenceRelay;
  /**
   * Told of every frame that goes on to Hocuspocus, as it does (the metrics time updates from
   * here). Not the frames the guard drops or relays itself (presence, most of them): nothing
   * times those, and remembering each cost the metrics a map entry per frame.
   */
  readonly frameArrived?: (frame: Uint8Array) => void;
}

function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Browsers always send Origin with an upgrade, and the session cookie rides along, so a foreign
 * one is refused; programs send none and authenticate by token or link alone.
 */
function isAllowedUpgrade(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  return origin === undefined || isAllowedOrigin(origin, request.headers.host, allowed);
}

/** The Fetch API request Hocuspocus hands to its hooks. */
function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(request.url ?? '/', 'http://localhost'), { headers });
}

/**
 * The part of Hocuspocus 4.7's `ClientConnection` (one per socket) that routes frames: its open
 * connections by address. Private in its types; `routeOf` throws at every socket if a release
 * renames it, so every socket test fails.
 */
interface RoutingClientConnection {
  readonly documentConnections: Readonly<Record<string, Connection | undefined>>;
}

/**
 * Where Hocuspocus sends a frame of this socket with `address`: the connection of that address,
 * else the one of the plain document name (as `ClientConnection.handleMessage` does).
 */
function routeOf(
  client: RoutingClientConnection,
): (address: string, documentName: string) => Connection | undefined {
  const connections = client.documentConnections;
  if (typeof connections !== 'object') {
    throw new Error('Hocuspocus’s ClientConnection no longer keeps documentConnections');
  }
  return (address, documentName) => connections[address] ?? connections[documentName];
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Accepts WebSocket upgrades on COLLAB_PATH and hands each socket to Hocuspocus; refuses any
 * other path and foreign origins before the handshake completes.
 */
export function attachCollab(
  server: Server,
  hocuspocus: Hocuspocus,
  options: CollabOptions,
  logger: Logger,
): WebSocketServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== COLLAB_PATH) return rejectUpgrade(socket, 404, 'Not Found');
    if (!isAllowedUpgrade(request, options.allowedOrigins)) {
      return rejectUpgrade(socket, 403, 'Forbidden');
    }
    sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const connection = hocuspocus.handleConnection(ws, toFetchRequest(request));
      const guard = new SocketGuard(
        options.socketLimits,
        options.documentSizeLimit,
        routeOf(connection as unknown as RoutingClientConnection),
        options.checkAccess,
        options.now,
        options.presence ?? null,
      );
      let refused = false;
      ws.on('message', (data) => {
        if (refused) return;
        const bytes = toBytes(data);
        const verdict = guard.inspect(bytes);
        if (verdict === 'drop') return;
        if (verdict === 'forward') {
          options.frameArrived?.(bytes);
          return connection.handleMessage(bytes);
        }
        refused = true;
        const { code, reason, detail, documentName } = verdict;
        logger.warn({ code, reason, detail, doc: documentName }, 'closed a socket');
        ws.close(code, reason);
      });
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', (error) => logger.warn({ err: error }, 'socket error'));
    });
  });
  return sockets;
}
