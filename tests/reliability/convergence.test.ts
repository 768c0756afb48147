import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OperationContext } from '@cairn/model';
import { createSeededEnv, seededRandom } from '@cairn/model/testing';
import { WebSocketStatus } from '@hocuspocus/provider';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import {
  boardFingerprint,
  sameBoard,
  sameStateVector,
  type BoardFingerprint,
} from '../support/boardFingerprint.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { randomRoadmapEdit } from '../support/randomRoadmapEdit.js';
import { reportReliability, sized } from '../support/reliability.js';
import { waitFor, type Announcer } from '../support/waitFor.js';

/**
 * Part 2: official Hocuspocus providers in Node edit roadmaps on a real server through the
 * model's named operations; some drop offline for a few rounds and keep editing. Then every
 * replica, the server's documents and the documents reloaded from SQLite must be the same board.
 * The seed fixes every choice (who edits, what, who drops and for how long); what a replica has
 * received when it edits still depends on the network's timing, as it does for real clients.
 */

const CLIENTS = sized(20, 200);
const EDITS_PER_CLIENT = sized(20, 50);
const BOARDS = sized(4, 20);
/** Chance, before each edit of an online client, that it drops offline. */
const DISCONNECT_RATE = 0.05;
/** An offline client stays offline for 1 to this many rounds, editing all the while. */
const MAX_OFFLINE_ROUNDS = 5;
/** The bound on convergence after the last reconnect. */
const CONVERGED_WITHIN_MS = 5_000;
/** How long a round may take to be acknowledged before the test fails. */
const ROUND_TIMEOUT_MS = sized(20_000, 60_000);
const SEED = Number(process.env.CONVERGENCE_SEED ?? 20_261_202);

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One person's replica: the provider, the board it edits, its context, when it comes back. */
interface Replica {
  readonly index: number;
  readonly boardId: string;
  readonly client: TestClient;
  readonly ctx: OperationContext;
  /** The round from which it is online again; online when at or below the current round. */
  offlineUntil: number;
}

function socketOf(replica: Replica) {
  return replica.client.provider.configuration.websocketProvider;
}

/**
 * Brings an offline replica back and returns when it asked to. The provider's `connect()` is a
 * no-op while the socket it was told to close still counts as connected, so it first awaits the
 * close (a replica can go offline and come back within one round).
 */
async function reconnect(replica: Replica): Promise<number> {
  const socket = socketOf(replica);
  const closed = () => socket.status === WebSocketStatus.Disconnected;
  await waitFor(`replica ${replica.index} offline`, socket, 'status', closed);
  void socket.connect();
  return performance.now();
}

async function createBoards(server: TestServer, token: string): Promise<string[]> {
  const ids: string[] = [];
  for (let board = 0; board < BOARDS; board++) {
    const created = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
      title: `Convergence ${board}`,
      kind: 'roadmap',
    });
    expect(created.status).toBe(201);
    ids.push(created.body.id);
  }
  return ids;
}

/** Resolves once every replica of `boardId` and the server's document are the same board. */
function boardConverged(server: TestServer, boardId: string, replicas: readonly Replica[]) {
  const serverDoc = server.server.hocuspocus.documents.get(boardId);
  if (!serverDoc) throw new Error(`The server has no document ${boardId} in memory.`);
  const docs: Y.Doc[] = replicas.map((replica) => replica.client.doc);
  const listeners = new Set<(...args: never[]) => void>();
  const changes: Announcer = {
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
  const announce = () => {
    for (const listener of listeners) listener();
  };
  for (const doc of [serverDoc, ...docs]) doc.on('update', announce);
  // The state vector is cheap and is checked first; the full comparison only when it agrees.
  const check = () => {
    if (!docs.every((doc) => sameStateVector(doc, serverDoc))) return false;
    const expected = boardFingerprint(serverDoc);
    return docs.every((doc) => sameBoard(boardFingerprint(doc), expected));
  };
  return waitFor(`convergence of ${boardId}`, changes, 'change', check, 30_000).finally(() => {
    for (const doc of [serverDoc, ...docs]) doc.off('update', announce);
  });
}

describe('end-to-end convergence with offline editing', () => {
  it(`${CLIENTS} clients × ${EDITS_PER_CLIENT} edits over ${BOARDS} boards, ${DISCONNECT_RATE * 100}% disconnects: replicas, server and database agree`, async () => {
    const random = seededRandom(SEED);
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-convergence-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startTestServer({ dataDir });
    cleanups.push(() => server.stop());
    const token = server.token('editor', 'Convergence tester');
    const boardIds = await createBoards(server, token);

    const replicas: Replica[] = [];
    for (let index = 0; index < CLIENTS; index++) {
      const boardId = boardIds[index % BOARDS] ?? '';
      const client = connectProvider(server.wsUrl, boardId, token);
      cleanups.push(() => client.destroy());
      const ctx = {
        origin: { kind: 'local-user' as const, userId: `client-${index}` },
        env: createSeededEnv(SEED + index),
      };
      replicas.push({ index, boardId, client, ctx, offlineUntil: 0 });
    }
    await Promise.all(replicas.map((replica) => replica.client.synced()));

    let disconnects = 0;
    let offlineEdits = 0;
    let refused = 0;
    let lastReconnectAt = performance.now();
    const editingStarted = performance.now();
    for (let round = 0; round < EDITS_PER_CLIENT; round++) {
      // Every replica makes one edit per round, in a seeded order; the round ends when the
      // server has acknowledged what every online replica sent (the load's only pacing).
      const order = [...replicas].sort(() => random() - 0.5);
      for (const replica of order) {
        if (replica.offlineUntil <= round && random() < DISCONNECT_RATE) {
          replica.offlineUntil = round + 1 + Math.floor(random() * MAX_OFFLINE_ROUNDS);
          socketOf(replica).disconnect();
          disconnects += 1;
        }
        const label = `c${replica.index} r${round}`;
        if (randomRoadmapEdit(replica.client.doc, replica.ctx, random, label) === 'refused') {
          refused += 1;
        }
        if (replica.offlineUntil > round) offlineEdits += 1;
      }
      const back = replicas.filter((replica) => replica.offlineUntil === round + 1);
      for (const at of await Promise.all(back.map(reconnect))) {
        lastReconnectAt = Math.max(lastReconnectAt, at);
      }
      await Promise.all(
        replicas
          .filter((replica) => replica.offlineUntil <= round + 1)
          .map(({ client }) =>
            waitFor(
              `round ${round} acknowledged`,
              client.provider,
              'unsyncedChanges',
              () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
              ROUND_TIMEOUT_MS,
            ),
          ),
      );
    }
    const editingMs = performance.now() - editingStarted;
    // Whoever is still offline comes back now.
    const stillOffline = replicas.filter((replica) => replica.offlineUntil > EDITS_PER_CLIENT);
    for (const at of await Promise.all(stillOffline.map(reconnect))) {
      lastReconnectAt = Math.max(lastReconnectAt, at);
    }
    await Promise.all(
      boardIds.map((boardId) =>
        boardConverged(
          server,
          boardId,
          replicas.filter((replica) => replica.boardId === boardId),
        ),
      ),
    );
    const convergedMs = performance.now() - lastReconnectAt;

    const inMemory = new Map<string, BoardFingerprint>();
    for (const boardId of boardIds) {
      const doc = server.server.hocuspocus.documents.get(boardId);
      if (!doc) throw new Error(`No document ${boardId} in memory.`);
      inMemory.set(boardId, boardFingerprint(doc));
    }
    for (const replica of replicas) replica.client.destroy();
    await server.stop();

    // The same data directory, a new process state: every board as SQLite gives it back.
    const restarted = await startTestServer({ dataDir });
    cleanups.push(() => restarted.stop());
    const reloadedDiffer: string[] = [];
    let items = 0;
    for (const boardId of boardIds) {
      const reader = connectProvider(restarted.wsUrl, boardId, token);
      cleanups.push(() => reader.destroy());
      await reader.synced();
      const reloaded = boardFingerprint(reader.doc);
      const expected = inMemory.get(boardId);
      if (!expected || !sameBoard(reloaded, expected)) reloadedDiffer.push(boardId);
      items += (JSON.parse(reloaded.view) as { items: unknown[] }).items.length;
      reader.destroy();
    }

    reportReliability({
      id: 'convergence',
      title: '2. End-to-end convergence',
      method:
        `\`tests/reliability/convergence.test.ts\` starts a real server on port 0 and connects ${CLIENTS} official Hocuspocus providers in Node, ${CLIENTS / BOARDS} per roadmap over ${BOARDS} boards. In each of ${EDITS_PER_CLIENT} rounds every client makes one seeded random edit through the model's named operations (add, rename, move, delete items; add and rename lanes); before an edit an online client drops offline with odds ${DISCONNECT_RATE} for 1–${MAX_OFFLINE_ROUNDS} rounds and keeps editing offline, then reconnects. ` +
        `Rounds are paced by the server's acknowledgements of the online clients. Afterwards every replica must equal the server's document (Yjs snapshot and model view), and so must each board reloaded from SQLite by a restarted server (CONVERGENCE_SEED=${SEED}).`,
      figures: [
        { measure: 'edits', value: (CLIENTS * EDITS_PER_CLIENT).toLocaleString('en') },
        { measure: 'refused by the model (stale target)', value: refused.toLocaleString('en') },
        { measure: 'disconnects', value: String(disconnects) },
        { measure: 'edits made offline', value: offlineEdits.toLocaleString('en') },
        { measure: 'editing time', value: `${(editingMs / 1000).toFixed(1)} s` },
        {
          measure: 'all replicas = server, after the last reconnect',
          value: `${Math.round(convergedMs)} ms`,
          target: '< 5 s',
          pass: convergedMs < CONVERGED_WITHIN_MS,
        },
        {
          measure: 'boards reloaded from SQLite that differ',
          value: `${reloadedDiffer.length} of ${BOARDS}`,
          target: '0',
          pass: reloadedDiffer.length === 0,
        },
        { measure: 'items on the boards at the end', value: items.toLocaleString('en') },
      ],
    });
    expect(reloadedDiffer).toEqual([]);
    expect(convergedMs).toBeLessThan(CONVERGED_WITHIN_MS);
  });
});
