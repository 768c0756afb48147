import type { onLoadDocumentPayload } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { CairnHocuspocus } from './CairnHocuspocus.js';
import { DocumentHibernation } from './DocumentHibernation.js';

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_CLOSE = 7;
/** The auth message that carries a token. */
const AUTH_TOKEN = 0;

interface SyncMessage {
  readonly step: number;
  readonly payload: Uint8Array;
}

/** A frame for `board`: its name, the message type, then what `write` adds. */
function frame(board: string, type: number, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, board);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A real socket to a CairnHocuspocus whose boards load asleep from `stored` (by name), as
 * PersistenceExtension loads a folded board.
 */
async function serve(stored: Record<string, Uint8Array>) {
  const hibernation = new DocumentHibernation(60_000, Date.now, pino({ level: 'silent' }));
  const hocuspocus = new CairnHocuspocus({
    quiet: true,
    debounce: 0,
    extensions: [
      {
        async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
          const state = stored[documentName];
          if (state) hibernation.loadAsleep(document, state);
        },
      },
      hibernation,
    ],
  });
  const sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  sockets.on('connection', (socket) => {
    const connection = hocuspocus.handleConnection(socket, new Request('http://localhost/'));
    socket.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data)));
    socket.on('close', (code, reason) =>
      connection.handleClose({ code, reason: reason.toString() }),
    );
  });
  await new Promise<void>((resolve) => sockets.once('listening', resolve));
  const url = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}`;
  const stop = async () => {
    hibernation.stop();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
  return { hocuspocus, hibernation, url, stop };
}

/**
 * Opens `board` on `url`, sends `syncStep1`; collects the sync messages, and the reason of the
 * server's close message for the board (the socket itself stays open).
 */
async function open(url: string, board: string, syncStep1: Uint8Array) {
  const socket = new WebSocket(url);
  const syncs: SyncMessage[] = [];
  const listeners = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      syncs.push({ step, payload: decoding.readVarUint8Array(decoder) });
    }
    if (type === MESSAGE_CLOSE) announceClose(decoding.readVarString(decoder));
    for (const listener of listeners) listener();
  });
  let announceClose: (reason: string) => void = () => undefined;
  const closed = new Promise<string>((resolve) => (announceClose = resolve));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(
    frame(board, MESSAGE_AUTH, (encoder) => {
      encoding.writeVarUint(encoder, AUTH_TOKEN);
      encoding.writeVarString(encoder, 'token');
    }),
  );
  socket.send(
    frame(board, MESSAGE_SYNC, (encoder) => encoding.writeUint8Array(encoder, syncStep1)),
  );
  const syncMessages = (count: number) =>
    new Promise<SyncMessage[]>((resolve) => {
      const check = () => {
        if (syncs.length < count) return;
        listeners.delete(check);
        resolve(syncs.slice(0, count));
      };
      listeners.add(check);
      check();
    });
  return { socket, syncMessages, closed };
}

/** Sync step 1 with the given state vector, as a provider writes it. */
function step1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

function board(titles: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  titles.forEach((title, index) => doc.getMap('items').set(`item-${index}`, title));
  return doc;
}

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

describe('answerFirstSyncWhileAsleep', () => {
  it('answers a client that has nothing with the stored bytes as they are, then sends its state vector awake', async () => {
    const stored = Y.encodeStateAsUpdate(board(['Plan', 'Ship', 'Learn']));
    const server = await serve({ roadmap: stored });
    running.push(server.stop);
    const client = await open(server.url, 'roadmap', step1(new Uint8Array([0])));
    const [first, second] = await client.syncMessages(2);
    expect(first?.step).toBe(1);
    expect(first?.payload).toEqual(stored);
    expect(second?.step).toBe(0);
    const document = server.hocuspocus.documents.get('roadmap');
    if (!document) throw new Error('roadmap not loaded');
    expect(server.hibernation.isAsleep(document)).toBe(false);
    expect(second?.payload).toEqual(Y.encodeStateVector(document));
    expect(document.getMap('items').toJSON()).toEqual({
      'item-0': 'Plan',
      'item-1': 'Ship',
      'item-2': 'Learn',
    });
    client.socket.close();
  });

  it('answers a client that has something from the board, woken, as Hocuspocus does', async () => {
    const earlier = board(['Plan']);
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(earlier));
    later.getMap('items').set('item-1', 'Ship');
    const server = await serve({ roadmap: Y.encodeStateAsUpdate(later) });
    running.push(server.stop);
    const client = await open(server.url, 'roadmap', step1(Y.encodeStateVector(earlier)));
    const [first, second] = await client.syncMessages(2);
    expect([first?.step, second?.step]).toEqual([0, 1]);
    Y.applyUpdate(earlier, second?.payload ?? new Uint8Array());
    expect(earlier.getMap('items').toJSON()).toEqual({ 'item-0': 'Plan', 'item-1': 'Ship' });
    client.socket.close();
  });

  it('closes only that connection when the stored board does not apply, and keeps serving', async () => {
    const whole = Y.encodeStateAsUpdate(board(['Plan', 'Ship', 'Learn']));
    const server = await serve({
      broken: whole.slice(0, Math.floor(whole.length / 2)),
      roadmap: whole,
    });
    running.push(server.stop);
    const broken = await open(server.url, 'broken', step1(new Uint8Array([0])));
    expect(await broken.closed).toBe('board could not be loaded');
    broken.socket.close();
    const client = await open(server.url, 'roadmap', step1(new Uint8Array([0])));
    const [first] = await client.syncMessages(1);
    expect(first?.payload).toEqual(whole);
    client.socket.close();
  });
});
