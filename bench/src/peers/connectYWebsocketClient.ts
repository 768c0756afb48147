import { EventEmitter } from 'node:events';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { SyncClient } from '../lib/SyncClient.js';
import { waitUntil } from '../lib/waitUntil.js';
import {
  decodeSyncMessage,
  encodeSyncMessage,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from './yWebsocketMessages.js';

/**
 * A minimal y-websocket client on document `name` of a reference server at `wsUrl`: the same
 * sync protocol as the `y-websocket` package's provider, without awareness (the benchmarks send
 * none) and without reconnection.
 *
 * `acknowledged()` sends a sync step 1 and waits for the step 2 it asks for: the server handles a
 * socket's messages in order, so the answer proves it applied every update sent before.
 */
export function connectYWebsocketClient(wsUrl: string, name: string): SyncClient {
  const doc = new Y.Doc();
  const socket = new WebSocket(`${wsUrl}/${encodeURIComponent(name)}`);
  socket.binaryType = 'nodebuffer';
  /** Applies the server's updates without sending them back. */
  const origin = { kind: 'y-websocket-server' } as const;
  let synced = false;
  let answeredSteps = 0;
  let askedSteps = 0;
  /** Announces each handled message, for `waitUntil`. */
  const handled = new EventEmitter();

  const send = (message: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(message);
  };
  const ask = () => {
    askedSteps++;
    send(encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(doc)));
  };
  socket.on('open', ask);
  socket.on('message', (data: Buffer) => {
    const message = decodeSyncMessage(
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    if (message === null) return;
    switch (message.step) {
      case SYNC_STEP_1:
        send(encodeSyncMessage(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, message.payload)));
        break;
      case SYNC_STEP_2:
        Y.applyUpdate(doc, message.payload, origin);
        answeredSteps++;
        synced = true;
        break;
      case SYNC_UPDATE:
        Y.applyUpdate(doc, message.payload, origin);
        break;
    }
    handled.emit('message');
  });
  doc.on('update', (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin !== origin) send(encodeSyncMessage(SYNC_UPDATE, update));
  });

  return {
    doc,
    synced: () => waitUntil(`sync of ${name}`, handled, 'message', () => synced),
    acknowledged: () => {
      ask();
      const target = askedSteps;
      return waitUntil(`answer from ${name}`, handled, 'message', () => answeredSteps >= target);
    },
    destroy: () => {
      socket.close();
      doc.destroy();
    },
  };
}
