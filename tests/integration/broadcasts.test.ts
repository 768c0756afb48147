import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadConfig, PRESENCE_WINDOW_BUSY_MS, PRESENCE_WINDOW_MS } from '@cairn/server';
import { createBoard } from '../support/createBoard.js';
import {
  awarenessFrame,
  SYNC,
  syncStep1Frame,
  updateFrame,
  type ServerMessage,
} from '../support/collabFrames.js';
import { connectProvider } from '../support/connectProvider.js';
import { openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

const isUpdate = (message: ServerMessage): message is ServerMessage & { type: 'sync' } =>
  message.type === 'sync' && message.step === SYNC.update;

/** The server's answer to a sync step 1: its step 2. */
const isStep2 = (message: ServerMessage): boolean =>
  message.type === 'sync' && message.step === SYNC.step2;

/** A raw socket on `board`, authenticated and past its first sync. */
async function join(wsUrl: string, board: string, token: string): Promise<RawCollabSocket> {
  const socket = await openRawCollabSocket(wsUrl);
  expect((await socket.authenticate(board, token)).type).toBe('authenticated');
  const synced = socket.next(isStep2);
  socket.send(syncStep1Frame(board, Y.encodeStateVector(new Y.Doc())));
  await synced;
  return socket;
}

/** Whether `message` is an awareness message carrying a state of awareness id `clientId`. */
const carries = (message: ServerMessage, clientId: number, clock?: number): boolean =>
  message.type === 'awareness' &&
  message.entries.some(
    (entry) => entry.clientId === clientId && (clock === undefined || entry.clock === clock),
  );

/**
 * Sends, as a person of its own, an edit that sets `key` on the board's `echo` map and a cursor;
 * returns that person's awareness id.
 */
function editAndMoveCursor(socket: RawCollabSocket, board: string, key: string): number {
  const doc = new Y.Doc();
  doc.getMap('echo').set(key, 1);
  socket.send(updateFrame(board, Y.encodeStateAsUpdate(doc)));
  socket.send(awarenessFrame(board, [{ clientId: doc.clientID, clock: 1, state: { cursor: 1 } }]));
  return doc.clientID;
}

describe('what the server sends to whom', () => {
  it('sends an edit and a cursor to everyone else on the board, and not back to their sender', async () => {
    const server = await useTestServer();
    const id = await createBoard(server, 'canvas', 'Echo');
    const alice = await join(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = await join(server.wsUrl, id, server.token('editor', 'Bob'));
    const carol = connectProvider(server.wsUrl, id, server.token('editor', 'Carol'));
    try {
      await carol.synced();
      const aliceFrom = alice.received.length;
      const bobFrom = bob.received.length;
      const aliceId = editAndMoveCursor(alice, id, 'alice');

      // Everyone else gets both: a raw socket and an official provider.
      await bob.next(isUpdate, bobFrom);
      await bob.next((message) => carries(message, aliceId), bobFrom);
      const carolAwareness = carol.provider.awareness;
      if (!carolAwareness) throw new Error('provider without awareness');
      await waitFor('Alice’s edit at Carol', carol.doc, 'update', () =>
        carol.doc.getMap('echo').has('alice'),
      );
      await waitFor('Alice’s cursor at Carol', carolAwareness, 'change', () =>
        carolAwareness.getStates().has(aliceId),
      );
      // Alice gets the acknowledgement that her edit is stored.
      await alice.next((message) => message.type === 'sync-status', aliceFrom);

      // Anything sent to Alice for her own edit or cursor went out before what Bob sends now.
      const bobId = editAndMoveCursor(bob, id, 'bob');
      await alice.next(isUpdate, aliceFrom);
      await alice.next((message) => carries(message, bobId), aliceFrom);

      const toAlice = alice.received.slice(aliceFrom);
      expect(toAlice.filter((message) => carries(message, aliceId))).toEqual([]);
      const updates = toAlice.filter(isUpdate);
      expect(updates).toHaveLength(1);
      const seenByAlice = new Y.Doc();
      for (const message of updates) Y.applyUpdate(seenByAlice, message.payload);
      expect([...seenByAlice.getMap('echo').keys()]).toEqual(['bob']);
    } finally {
      alice.close();
      bob.close();
      carol.destroy();
    }
  });

  it('sends the first edit of a turn at once and the rest of that turn together', async () => {
    const server = await useTestServer();
    const id = await createBoard(server, 'canvas', 'Turns');
    const bob = await join(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      const document = server.server.hocuspocus.documents.get(id);
      if (!document) throw new Error('board not loaded');
      const from = bob.received.length;
      // Three changes in one turn, as a server-side write makes them.
      for (const key of ['first', 'second', 'third']) {
        document.transact(() => document.getMap('echo').set(key, 1));
      }
      const first = await bob.next(isUpdate, from);
      await bob.next(isUpdate, bob.received.indexOf(first) + 1);
      // What each update added to the board as Bob had it after his first sync.
      const synced = bob.received.find(isStep2);
      if (synced?.type !== 'sync') throw new Error('no first sync');
      const seen = new Y.Doc();
      Y.applyUpdate(seen, synced.payload);
      const updates = bob.received.slice(from).filter(isUpdate);
      const added = updates.map((message) => {
        const before = new Set(seen.getMap('echo').keys());
        Y.applyUpdate(seen, message.payload);
        return [...seen.getMap('echo').keys()].filter((key) => !before.has(key)).sort();
      });
      expect(added).toEqual([['first'], ['second', 'third']]);
    } finally {
      bob.close();
    }
  });

  it('sends only the latest of the cursor moves made within the presence window', async () => {
    // A long window, so that the moves below, one round trip apart, surely fall inside it.
    const server = await useTestServer({ variables: { CAIRN_PRESENCE_WINDOW_MS: '1000' } });
    const id = await createBoard(server, 'canvas', 'Cursors');
    const alice = await join(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = await join(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      const clientId = new Y.Doc().clientID;
      const bobFrom = bob.received.length;
      for (const clock of [1, 2, 3]) {
        alice.send(awarenessFrame(id, [{ clientId, clock, state: { cursor: clock } }]));
        // The server answers a sync step 1 after handling every frame sent before it.
        const answered = alice.next(isStep2);
        alice.send(syncStep1Frame(id, Y.encodeStateVector(new Y.Doc())));
        await answered;
      }
      const latest = await bob.next((message) => carries(message, clientId, 3), bobFrom);
      expect(latest.type === 'awareness' && latest.entries[0]?.state).toMatchObject({ cursor: 3 });
      const moves = bob.received.slice(bobFrom).filter((message) => carries(message, clientId));
      expect(moves).toHaveLength(1);
    } finally {
      alice.close();
      bob.close();
    }
  });

  it('widens the presence window up to CAIRN_PRESENCE_WINDOW_BUSY_MS, and refuses a bad one', () => {
    expect(loadConfig({}).presenceWindowMs).toBe(PRESENCE_WINDOW_MS);
    expect(loadConfig({}).presenceWindowBusyMs).toBe(PRESENCE_WINDOW_BUSY_MS);
    expect([PRESENCE_WINDOW_MS, PRESENCE_WINDOW_BUSY_MS]).toEqual([16, 50]);
    expect(loadConfig({ CAIRN_PRESENCE_WINDOW_BUSY_MS: '16' }).presenceWindowBusyMs).toBe(16);
    for (const bad of ['busy', '-1', '2.5', '1001']) {
      expect(() => loadConfig({ CAIRN_PRESENCE_WINDOW_BUSY_MS: bad })).toThrow(
        /Invalid configuration: CAIRN_PRESENCE_WINDOW_BUSY_MS/,
      );
    }
  });
});
