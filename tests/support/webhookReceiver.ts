import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from './waitFor.js';

/** One POST a receiver got, as it arrived. */
export interface ReceivedRequest {
  readonly headers: IncomingHttpHeaders;
  /** The raw body, byte for byte as signed. */
  readonly body: string;
  /** The status the receiver answered. */
  readonly answered: number;
}

/** A real HTTP receiver for webhooks on 127.0.0.1, recording every request. */
export interface WebhookReceiver {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedRequest[];
  /** Decides the status of the n-th request (0-based); 204 by default. */
  answer(status: (index: number) => number): void;
  /** Resolves once `check()` holds, re-checked after every request. */
  until(what: string, check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 (on `port`, or a free one). */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const events = new EventEmitter();
  let statusOf: (index: number) => number = () => 204;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = statusOf(received.length);
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answered,
      });
      response.writeHead(answered).end();
      events.emit('request');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    port: bound,
    received,
    answer: (status) => {
      statusOf = status;
    },
    until: (what, check, timeoutMs) => {
      const announcer = {
        on: (event: string, listener: () => void) => events.on(event, listener),
        off: (event: string, listener: () => void) => events.off(event, listener),
      };
      return waitFor(what, announcer, 'request', check, timeoutMs);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const probe = await startWebhookReceiver();
  await probe.close();
  return probe.port;
}
