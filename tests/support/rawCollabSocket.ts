import { WebSocket } from 'ws';
import { authFrame, decodeServerMessage, type ServerMessage } from './collabFrames.js';

/** A bare `ws` socket on Cairn's /collab, speaking frames the test writes itself. */
export interface RawCollabSocket {
  readonly socket: WebSocket;
  /** Every message the server sent, decoded, in order. */
  readonly received: ServerMessage[];
  send(frame: Uint8Array): void;
  /** Sends the token for `documentName` and resolves with the server's answer. */
  authenticate(documentName: string, token: string): Promise<ServerMessage>;
  /**
   * Resolves with the first message at index `from` or later (already received or still to come)
   * that `match` accepts; `from` defaults to the messages not yet received.
   */
  next(
    match: (message: ServerMessage) => boolean,
    from?: number,
    timeoutMs?: number,
  ): Promise<ServerMessage>;
  /** Resolves with the close code and reason once the socket is closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** Opens a raw socket to `wsUrl` and resolves once it is open. */
export async function openRawCollabSocket(
  wsUrl: string,
  headers: Record<string, string> = {},
): Promise<RawCollabSocket> {
  const socket = new WebSocket(wsUrl, { headers });
  const received: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    try {
      received.push(decodeServerMessage(new Uint8Array(data)));
    } catch {
      received.push({ type: 'other', code: -1 });
    }
    for (const waiter of [...waiters]) waiter();
  });
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const waiter of [...waiters]) waiter();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = (
    match: (message: ServerMessage) => boolean,
    from = received.length,
    timeoutMs = 10_000,
  ) => {
    let seen = from;
    return new Promise<ServerMessage>((resolve, reject) => {
      const check = () => {
        for (; seen < received.length; seen++) {
          const message = received[seen];
          if (message && match(message)) {
            waiters.delete(check);
            clearTimeout(timer);
            return resolve(message);
          }
        }
        if (socket.readyState === WebSocket.CLOSED) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error('socket closed while waiting'));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for a server message.`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  };
  return {
    socket,
    received,
    send: (frame) => socket.send(frame),
    authenticate: (documentName, token) => {
      const answer = next(
        (message) => message.type === 'authenticated' || message.type === 'denied',
      );
      socket.send(authFrame(documentName, token));
      return answer;
    },
    next,
    closed,
    close: () => socket.close(),
  };
}
