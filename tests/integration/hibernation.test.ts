import { addItem, readBoard, systemEnv, updateItem, type OperationContext } from '@cairn/model';
import { seededRandom } from '@cairn/model/testing';
import { HIBERNATE_AFTER_MS, loadConfig, stateWhileAsleep } from '@cairn/server';
import type { TestServer } from '@cairn/server/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../support/api.js';
import { syncStep1Frame, type ServerMessage } from '../support/collabFrames.js';
import { openRawCollabSocket } from '../support/rawCollabSocket.js';
import { createBoard } from '../support/createBoard.js';
import { boardFingerprint, sameBoard } from '../support/boardFingerprint.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { forceGc, settledHeapBytes } from '../support/forceGc.js';
import { randomRoadmapEdit } from '../support/randomRoadmapEdit.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

/** The server's loaded document of `board`. */
function loaded(server: TestServer, board: string) {
  const document = server.server.hocuspocus.documents.get(board);
  if (!document) throw new Error(`Board ${board} is not loaded.`);
  return document;
}

/** The sum of every sample of counter or gauge `name` on the server's `/metrics`. */
async function gauge(server: TestServer, name: string): Promise<number> {
  const metric = server.server.metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`No metric ${name}.`);
  const { values } = await metric.get();
  return values.reduce((sum, sample) => sum + sample.value, 0);
}

/** Updates appended to the update log so far (every source). */
const updatesLogged = (server: TestServer) => gauge(server, 'cairn_updates_total');

/** Resolves once `client` holds the same board as the server's document of it. */
function untilSame(client: TestClient, server: TestServer, board: string): Promise<void> {
  const serverDoc = loaded(server, board);
  return waitFor(`${board} the same on the client and the server`, client.doc, 'update', () =>
    sameBoard(boardFingerprint(client.doc), boardFingerprint(serverDoc)),
  );
}

/** Resolves once the server has unloaded `board` (its document destroyed). */
async function untilUnloaded(server: TestServer, board: string): Promise<void> {
  const document = server.server.hocuspocus.documents.get(board);
  if (document) await waitFor(`${board} unloaded`, document, 'destroy', () => document.isDestroyed);
}

/** A roadmap of `count` items written by Alice, acknowledged, then left alone (and unloaded). */
async function storedRoadmap(server: TestServer, title: string, count: number) {
  const board = await createBoard(server, 'roadmap', title);
  const alice = connectProvider(server.wsUrl, board, server.token('editor', 'Alice'));
  try {
    await alice.synced();
    for (let n = 0; n < count; n++) addItem(alice.doc, { title: `Card ${n}` }, asUser('alice'));
    await alice.acknowledged();
  } finally {
    alice.destroy();
  }
  await untilUnloaded(server, board);
  return { board, aliceDoc: alice.doc };
}

/** The sync messages a raw client got for a first sync with nothing (an empty state vector). */
async function firstSyncFromNothing(server: TestServer, board: string) {
  const socket = await openRawCollabSocket(server.wsUrl);
  try {
    const isSync = (message: ServerMessage) => message.type === 'sync';
    const answered = (await socket.authenticate(board, server.token('viewer', 'Rae'))).type;
    socket.send(syncStep1Frame(board, Y.encodeStateVector(new Y.Doc())));
    const first = await socket.next(isSync, 0);
    const second = await socket.next(isSync, socket.received.indexOf(first) + 1);
    return { answered, first, second };
  } finally {
    socket.close();
  }
}

describe('boards load asleep', () => {
  it('answers a client that has nothing with the stored board before building it, then wakes it', async () => {
    const server = await useTestServer({ variables: { CAIRN_UNLOAD_DELAY_MS: '0' } });
    const { hibernation } = server.server;
    const { board, aliceDoc } = await storedRoadmap(server, 'Folded roadmap', 40);
    const expected = readBoard(aliceDoc);
    const loadedAsleep: boolean[] = [];
    let storedBytes: WeakRef<Uint8Array> | undefined;
    const onAsleep = (document: Y.Doc & { isLoading: boolean }) => {
      loadedAsleep.push(document.isLoading);
      const state = stateWhileAsleep(document);
      if (state) storedBytes = new WeakRef(state);
    };
    hibernation.events.on('asleep', onAsleep);
    try {
      const { answered, first, second } = await firstSyncFromNothing(server, board);
      expect(answered).toBe('authenticated');
      // Loaded asleep: it went to sleep while it was loading.
      expect(loadedAsleep).toEqual([true]);
      // The whole board came first, then the server's own step 1, once it had the board in memory.
      if (first.type !== 'sync' || second.type !== 'sync') throw new Error('not sync messages');
      expect([first.step, second.step]).toEqual([1, 0]);
      const received = new Y.Doc();
      Y.applyUpdate(received, first.payload);
      expect(readBoard(received)).toEqual(expected);
      expect(second.payload).toEqual(Y.encodeStateVector(aliceDoc));
      const document = loaded(server, board);
      expect(hibernation.isAsleep(document)).toBe(false);
      expect(readBoard(document)).toEqual(expected);
      // Waking wrote nothing: the board encodes to the bytes it was stored as.
      expect(Y.encodeStateAsUpdate(document)).toEqual(first.payload);
      // Awake, the board holds its content and nothing more: the stored bytes are free to go.
      expect(storedBytes).toBeDefined();
      await settledHeapBytes(forceGc());
      expect(storedBytes?.deref()).toBeUndefined();
    } finally {
      hibernation.events.off('asleep', onAsleep);
    }
  });

  it('takes offline edits, new edits and readers on a board loaded asleep, and keeps them all', async () => {
    const server = await useTestServer({ variables: { CAIRN_UNLOAD_DELAY_MS: '0' } });
    const { board, aliceDoc } = await storedRoadmap(server, 'Offline roadmap', 15);
    // Alice kept her copy offline and added a card there; Bob comes with nothing and adds one.
    addItem(aliceDoc, { title: 'Written offline' }, asUser('alice'));
    const bob = connectProvider(server.wsUrl, board, server.token('editor', 'Bob'));
    let alice: TestClient | null = null;
    let rae: TestClient | null = null;
    try {
      await bob.synced();
      addItem(bob.doc, { title: 'Written by Bob' }, asUser('bob'));
      alice = connectProvider(server.wsUrl, board, server.token('editor', 'Alice'), {
        doc: aliceDoc,
      });
      await Promise.all([alice.synced(), bob.acknowledged()]);
      await alice.acknowledged();
      await Promise.all([untilSame(alice, server, board), untilSame(bob, server, board)]);
      rae = connectProvider(server.wsUrl, board, server.token('viewer', 'Rae'));
      await rae.synced();
      const titles = readBoard(rae.doc).items.map((item) => item.title);
      expect(titles).toHaveLength(17);
      expect(titles).toEqual(expect.arrayContaining(['Written offline', 'Written by Bob']));
      expect(readBoard(bob.doc)).toEqual(readBoard(rae.doc));
    } finally {
      alice?.destroy();
      bob.destroy();
      rae?.destroy();
    }
    await untilUnloaded(server, board);
    const reader = connectProvider(server.wsUrl, board, server.token('viewer', 'Sam'));
    try {
      await reader.synced();
      expect(readBoard(reader.doc).items).toHaveLength(17);
    } finally {
      reader.destroy();
    }
  });

  it('loads every board awake, and answers as Hocuspocus does, when sleeping is off', async () => {
    const server = await useTestServer({
      variables: { CAIRN_UNLOAD_DELAY_MS: '0', CAIRN_HIBERNATE_AFTER_MS: '0' },
    });
    const { board, aliceDoc } = await storedRoadmap(server, 'Awake roadmap', 10);
    const { first, second } = await firstSyncFromNothing(server, board);
    if (first.type !== 'sync' || second.type !== 'sync') throw new Error('not sync messages');
    expect([first.step, second.step]).toEqual([0, 1]);
    expect(server.server.hibernation.asleep).toBe(0);
    const received = new Y.Doc();
    Y.applyUpdate(received, second.payload);
    expect(readBoard(received)).toEqual(readBoard(aliceDoc));
  });
});

describe('boards nobody changes go to sleep', () => {
  it('puts an unchanged board to sleep, keeps presence flowing, and wakes it exactly as it was on the next edit', async () => {
    const server = await useTestServer({ variables: { CAIRN_HIBERNATE_AFTER_MS: '100' } });
    const { hibernation } = server.server;
    const board = await createBoard(server, 'roadmap', 'Sleepy roadmap');
    const alice = connectProvider(server.wsUrl, board, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, board, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      const ids = Array.from({ length: 30 }, (_, n) =>
        addItem(alice.doc, { title: `Item ${n}` }, asUser('alice')),
      );
      await alice.acknowledged();
      await untilSame(bob, server, board);
      const document = loaded(server, board);
      const before = boardFingerprint(document);
      const awakeItems = new WeakRef(document.getMap('items'));

      await waitFor('the board asleep', hibernation.events, 'asleep', () =>
        hibernation.isAsleep(document),
      );
      expect(hibernation.asleep).toBe(1);
      expect(await gauge(server, 'cairn_documents_asleep')).toBe(1);
      // What the board held in memory is free to go: nothing keeps its content alive.
      await settledHeapBytes(forceGc());
      expect(awakeItems.deref()).toBeUndefined();

      // A cursor still goes from one person to the other, and does not wake the board.
      bob.provider.setAwarenessField('cursor', { x: 1, y: 2 });
      await waitFor('Bob’s cursor at Alice', alice.provider.awareness!, 'change', () =>
        [...alice.provider.awareness!.getStates().values()].some(
          (state) => (state['cursor'] as { x?: number } | undefined)?.x === 1,
        ),
      );
      expect(hibernation.isAsleep(document)).toBe(true);

      // Bob's edit wakes it: Alice gets the edit, and the board is what it was plus the edit.
      const logged = await updatesLogged(server);
      updateItem(bob.doc, ids[7]!, { title: 'Renamed while asleep' }, asUser('bob'));
      await bob.acknowledged();
      expect(hibernation.isAsleep(document)).toBe(false);
      await untilSame(alice, server, board);
      expect(readBoard(alice.doc)).toEqual(readBoard(document));
      const titles = readBoard(document).items.map((item) => item.title);
      expect(titles).toContain('Renamed while asleep');
      expect(titles).toHaveLength(30);
      // Waking is not an edit: only Bob's update reached the log.
      expect(await updatesLogged(server)).toBe(logged + 1);
      const after = boardFingerprint(document);
      expect(Y.equalSnapshots(before.snapshot, after.snapshot)).toBe(false);
      expect(sameBoard(boardFingerprint(alice.doc), after)).toBe(true);
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });

  it('serves a REST read and a newly connected client the same board from a board asleep', async () => {
    const server = await useTestServer({ variables: { CAIRN_HIBERNATE_AFTER_MS: '100' } });
    const { hibernation } = server.server;
    const board = await createBoard(server, 'roadmap', 'Read while asleep');
    const alice = connectProvider(server.wsUrl, board, server.token('editor', 'Alice'));
    let carol: TestClient | null = null;
    try {
      await alice.synced();
      for (let n = 0; n < 12; n++) addItem(alice.doc, { title: `Card ${n}` }, asUser('alice'));
      await alice.acknowledged();
      const document = loaded(server, board);
      const expected = readBoard(alice.doc);

      await waitFor('the board asleep', hibernation.events, 'asleep', () =>
        hibernation.isAsleep(document),
      );
      const read = await api<{ items: { title: string }[] }>(
        server.url,
        server.token('viewer'),
        'GET',
        `/api/boards/${board}`,
      );
      expect(read.status).toBe(200);
      expect(read.body.items.map((item) => item.title).sort()).toEqual(
        expected.items.map((item) => item.title).sort(),
      );

      await waitFor('the board asleep again', hibernation.events, 'asleep', () =>
        hibernation.isAsleep(document),
      );
      carol = connectProvider(server.wsUrl, board, server.token('viewer', 'Carol'));
      await carol.synced();
      expect(readBoard(carol.doc)).toEqual(expected);
    } finally {
      alice.destroy();
      carol?.destroy();
    }
  });

  it('converges and survives a restart through seeded edits and sleeps at random moments', async () => {
    // The timer never fires here: the test puts the board to sleep itself, between edits.
    const first = await useTestServer({ variables: { CAIRN_HIBERNATE_AFTER_MS: '0' } });
    const board = await createBoard(first, 'roadmap', 'Restless roadmap');
    const random = seededRandom(2026_11_27);
    const alice = connectProvider(first.wsUrl, board, first.token('editor', 'Alice'));
    const bob = connectProvider(first.wsUrl, board, first.token('editor', 'Bob'));
    let sleeps = 0;
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      const document = loaded(first, board);
      for (let round = 0; round < 60; round++) {
        const [client, name] = random() < 0.5 ? [alice, 'alice'] : [bob, 'bob'];
        randomRoadmapEdit(client.doc, asUser(name), random, `r${round}`);
        if (random() < 0.3) {
          await Promise.all([alice.acknowledged(), bob.acknowledged()]);
          first.server.hibernation.sleep(document);
          sleeps += 1;
        }
      }
      await Promise.all([alice.acknowledged(), bob.acknowledged()]);
      await Promise.all([untilSame(alice, first, board), untilSame(bob, first, board)]);
      expect(sleeps).toBeGreaterThan(10);
      expect(sameBoard(boardFingerprint(alice.doc), boardFingerprint(bob.doc))).toBe(true);
    } finally {
      alice.destroy();
      bob.destroy();
    }
    const expected = readBoard(alice.doc);
    await first.server.stop();

    const second = await useTestServer({ dataDir: first.dataDir });
    const reader = connectProvider(second.wsUrl, board, second.token('viewer', 'Rae'));
    try {
      await reader.synced();
      expect(readBoard(reader.doc)).toEqual(expected);
    } finally {
      reader.destroy();
    }
  });

  it('sleeps after a minute by default, never with 0, and refuses a setting that is not a duration', () => {
    expect(loadConfig({}).hibernateAfterMs).toBe(HIBERNATE_AFTER_MS);
    expect(HIBERNATE_AFTER_MS).toBe(60_000);
    expect(loadConfig({ CAIRN_HIBERNATE_AFTER_MS: '0' }).hibernateAfterMs).toBe(0);
    for (const bad of ['soon', '-1', '1.5', '86400001']) {
      expect(() => loadConfig({ CAIRN_HIBERNATE_AFTER_MS: bad })).toThrow(
        /Invalid configuration: CAIRN_HIBERNATE_AFTER_MS/,
      );
    }
  });
});
