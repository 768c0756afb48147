import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Benchmark } from '../lib/Benchmark.js';
import { benchSize, isResized } from '../lib/benchSize.js';
import { createBoards } from '../lib/createBoards.js';
import { sampleSum } from '../lib/prometheusText.js';
import { RawSyncClient } from '../lib/RawSyncClient.js';
import { addRoadmapItems } from '../lib/roadmapItems.js';
import { ServerProcess } from '../lib/ServerProcess.js';
import { median } from '../lib/statistics.js';
import { hocuspocusWire, yWebsocketWire, type SyncWire } from '../lib/SyncWire.js';
import { untilUnloaded } from '../lib/untilUnloaded.js';

const BOARDS = benchSize('MEMORY_BOARDS', 20);
const ITEMS = benchSize('MEMORY_ITEMS', 500);
const CYCLES = benchSize('MEMORY_CYCLES', 10_000);
const PARALLEL_CYCLES = 20;
const WARMUP_CYCLES = 500;
const UNLOAD_DELAY_MS = 2_000;
/** How long after the unload delay an unload may still count as on time (one store and sweep). */
const UNLOAD_MARGIN_MS = 250;
/** Cairn's idle server puts a board to sleep after this long unchanged (CAIRN_HIBERNATE_AFTER_MS). */
const HIBERNATE_AFTER_MS = 10_000;
/** Boards whose first edit after sleeping is timed. */
const WAKE_SAMPLES = 10;

/** Opens `document`, waits for the first sync, and closes: one person dropping by. */
async function visit(wire: SyncWire, document: string, state?: Uint8Array): Promise<void> {
  const client = new RawSyncClient(wire, document);
  try {
    if (state) Y.applyUpdate(client.doc, state);
    await client.synced();
    if (state) await client.acknowledged();
  } finally {
    await client.close();
  }
}

/** Boards opened by one idle client each, and what they cost once loaded. */
interface IdleBoards {
  readonly clients: readonly RawSyncClient[];
  /** Memory before any board was opened. */
  readonly baseline: number;
  /** Memory growth per board, right after every board synced. */
  readonly perBoard: number;
  /** A board's encoded document. */
  readonly encoded: number;
}

/**
 * Opens `boards` with one idle client each (a person who has the board open and does nothing)
 * and measures the memory growth per board and their encoded size. The caller closes the clients.
 */
async function openIdleBoards(
  server: ServerProcess,
  wire: SyncWire,
  boards: readonly string[],
  states: readonly Uint8Array[] | null,
): Promise<IdleBoards> {
  const baseline = await server.memoryAfterGc();
  const clients: RawSyncClient[] = [];
  try {
    for (const [index, board] of boards.entries()) {
      const client = new RawSyncClient(wire, board);
      clients.push(client);
      const state = states?.[index];
      if (state) Y.applyUpdate(client.doc, state);
      await client.synced();
      if (state) await client.acknowledged();
    }
    const after = await server.memoryAfterGc();
    const loaded = (await server.loadedDocuments()).filter((name) => boards.includes(name));
    if (loaded.length !== boards.length) {
      throw new Error(`Only ${loaded.length} of ${boards.length} boards are loaded.`);
    }
    if (sampleSum(await server.metrics(), 'cairn_documents_asleep') > 0) {
      throw new Error(
        'Boards fell asleep before they were measured awake: raise HIBERNATE_AFTER_MS.',
      );
    }
    const encoded = Y.encodeStateAsUpdate(clients[0]?.doc ?? new Y.Doc()).byteLength;
    return { clients, baseline, perBoard: (after - baseline) / boards.length, encoded };
  } catch (error) {
    await Promise.all(clients.map((client) => client.close()));
    throw error;
  }
}

/** Memory growth per board once Cairn has put every board to sleep (polled on `/metrics`). */
async function perBoardAsleep(server: ServerProcess, idle: IdleBoards): Promise<number> {
  const deadline = performance.now() + 3 * HIBERNATE_AFTER_MS + 30_000;
  while (sampleSum(await server.metrics(), 'cairn_documents_asleep') < idle.clients.length) {
    if (performance.now() > deadline) throw new Error('The idle boards did not fall asleep.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return ((await server.memoryAfterGc()) - idle.baseline) / idle.clients.length;
}

/**
 * On each of the first `WAKE_SAMPLES` boards (all asleep), an edit timed from the client's
 * transaction to its acknowledgement; then a second edit on the board it woke.
 */
async function editsAsleepAndAwake(
  idle: IdleBoards,
): Promise<{ asleep: number[]; awake: number[] }> {
  const asleep: number[] = [];
  const awake: number[] = [];
  for (const client of idle.clients.slice(0, WAKE_SAMPLES)) {
    for (const times of [asleep, awake]) {
      const started = performance.now();
      client.doc.getMap('bench').set('edit', times.length);
      await client.acknowledged();
      times.push(performance.now() - started);
    }
  }
  return { asleep: asleep.sort((x, y) => x - y), awake: awake.sort((x, y) => x - y) };
}

/** Heap after `CYCLES` connect/disconnect cycles on one board, divided by the heap before. */
async function cycles(
  server: ServerProcess,
  wire: SyncWire,
  board: string,
  settle: () => Promise<unknown>,
  log: (line: string) => void,
): Promise<number> {
  const run = async (count: number) => {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        next++;
        await visit(wire, board);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_CYCLES }, worker));
  };
  await run(WARMUP_CYCLES);
  await settle();
  const before = await server.memoryAfterGc();
  const started = performance.now();
  await run(CYCLES);
  log(`${CYCLES} cycles in ${Math.round((performance.now() - started) / 1000)} s`);
  await settle();
  return (await server.memoryAfterGc()) / before;
}

/** Seeds `BOARDS` roadmaps of `ITEMS` items in `dataDir`; returns their ids and documents. */
async function seedCairn(dataDir: string) {
  const server = await ServerProcess.start('cairn', { dataDir, CAIRN_UNLOAD_DELAY_MS: '0' });
  try {
    const { url = '', adminToken = '', editorToken = '', wsUrl } = server.ready;
    const boards = await createBoards(url, adminToken, 'roadmap', BOARDS);
    const states: Uint8Array[] = [];
    for (const board of boards) {
      const writer = new RawSyncClient(hocuspocusWire(wsUrl, editorToken), board);
      await writer.synced();
      addRoadmapItems(writer.doc, ITEMS);
      await writer.acknowledged();
      states.push(Y.encodeStateAsUpdate(writer.doc));
      await writer.close();
    }
    return { boards, states };
  } finally {
    await server.stop();
  }
}

/** Issue 7: what an idle board costs, whether it leaves memory, and whether connections leak. */
export const memory: Benchmark = {
  id: 'memory',
  title: 'Memory: idle boards, unloading and connection churn',
  method:
    `All memory figures are the heap in use plus array buffers (\`process.memoryUsage()\`: ` +
    `\`heapUsed + arrayBuffers\`; a board asleep keeps its encoded state in an array buffer, outside ` +
    `the heap) of the server's own child process (started with \`--expose-gc\`) after three full ` +
    `garbage collections. **Idle boards:** ${BOARDS} roadmaps of ${ITEMS} items each (the model's ` +
    `\`addItem\`) are stored and the server restarted; then one client opens each board, syncs and ` +
    `stays, doing nothing; the memory growth over the empty server, per board (its document, its ` +
    `connection and socket), is divided by the board's encoded document (\`Y.encodeStateAsUpdate\`). ` +
    `**Awake** is measured at once; **asleep** once Cairn has put every board to sleep ` +
    `(\`CAIRN_HIBERNATE_AFTER_MS\`, here ${HIBERNATE_AFTER_MS.toLocaleString('en-US')} ms unchanged; ` +
    `the default is 60,000), polled on \`/metrics\` (\`cairn_documents_asleep\`); the peer, which has no ` +
    `sleep, is its idle figure in both rows. **Edit on a board asleep:** on ${WAKE_SAMPLES} of the ` +
    `boards asleep, one client edit timed from its transaction to its acknowledgement (the board ` +
    `wakes first), then a second edit on the same board, now awake. **Unloaded after the last person ` +
    `leaves:** with the default unload delay (${UNLOAD_DELAY_MS.toLocaleString('en-US')} ms), the time from ` +
    `the last client (who has just made an edit) closing its socket to the server no longer holding the board (polled in the server ` +
    `process every 10 ms), median of 5; target: within the delay plus ${UNLOAD_MARGIN_MS} ms for the final ` +
    `compaction. **Connection churn:** ${CYCLES.toLocaleString('en-US')} cycles of connect, authenticate, ` +
    `sync and close on one board, ${PARALLEL_CYCLES} at a time, after ${WARMUP_CYCLES} warm-up cycles; the ` +
    `memory after (board unloaded again) divided by the memory before. Clients are raw sync clients in the ` +
    `benchmark's process. Peer: the reference \`@y/websocket-server\` holding the same documents (pushed by ` +
    `a client); it keeps every document in memory for good, so it has no unload figure.`,
  run: async ({ log }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-bench-memory-'));
    try {
      log(`seeding ${BOARDS} roadmaps of ${ITEMS} items`);
      const { boards, states } = await seedCairn(dataDir);

      const idle = await ServerProcess.start('cairn', {
        dataDir,
        CAIRN_HIBERNATE_AFTER_MS: String(HIBERNATE_AFTER_MS),
      });
      let cairnIdle;
      let cairnAsleep;
      let edits;
      try {
        const wire = hocuspocusWire(idle.ready.wsUrl, idle.ready.editorToken ?? '');
        cairnIdle = await openIdleBoards(idle, wire, boards, null);
        try {
          log(`waiting for the ${BOARDS} idle boards to fall asleep`);
          cairnAsleep = await perBoardAsleep(idle, cairnIdle);
          edits = await editsAsleepAndAwake(cairnIdle);
        } finally {
          await Promise.all(cairnIdle.clients.map((client) => client.close()));
        }
      } finally {
        await idle.stop();
      }

      const churn = await ServerProcess.start('cairn', {
        dataDir,
        CAIRN_UNLOAD_DELAY_MS: String(UNLOAD_DELAY_MS),
      });
      const unloads: number[] = [];
      let cairnChurn;
      try {
        const wire = hocuspocusWire(churn.ready.wsUrl, churn.ready.editorToken ?? '');
        const board = boards[0] ?? '';
        for (let round = 0; round < 5; round++) {
          // The last person edits, then leaves: the server stores and compacts before unloading.
          const client = new RawSyncClient(wire, board);
          await client.synced();
          client.doc.getMap('bench').set('round', round);
          await client.acknowledged();
          await client.close();
          unloads.push(await untilUnloaded(churn, board));
        }
        log(`Cairn: ${CYCLES} connect/disconnect cycles`);
        cairnChurn = await cycles(churn, wire, board, () => untilUnloaded(churn, board), log);
      } finally {
        await churn.stop();
      }

      const peer = await ServerProcess.start('y-websocket');
      let peerIdle;
      let peerChurn;
      try {
        const wire = yWebsocketWire(peer.ready.wsUrl);
        peerIdle = await openIdleBoards(peer, wire, boards, states);
        await Promise.all(peerIdle.clients.map((client) => client.close()));
        log(`reference server: ${CYCLES} connect/disconnect cycles`);
        peerChurn = await cycles(peer, wire, boards[0] ?? '', async () => undefined, log);
      } finally {
        await peer.stop();
      }

      unloads.sort((a, b) => a - b);
      return {
        peer: 'reference y-websocket server (in memory)',
        rows: [
          {
            measure: 'idle loaded board, awake: memory',
            unit: 'KB',
            cairn: cairnIdle.perBoard / 1000,
            peer: peerIdle.perBoard / 1000,
            below: null,
          },
          {
            measure: 'idle loaded board: encoded document',
            unit: 'KB',
            cairn: cairnIdle.encoded / 1000,
            peer: peerIdle.encoded / 1000,
            below: null,
          },
          {
            measure: 'idle loaded board, awake: memory ÷ encoded document',
            unit: '×',
            cairn: cairnIdle.perBoard / cairnIdle.encoded,
            peer: peerIdle.perBoard / peerIdle.encoded,
            below: null,
          },
          {
            measure: 'idle loaded board, asleep: memory ÷ encoded document',
            unit: '×',
            cairn: cairnAsleep / cairnIdle.encoded,
            peer: peerIdle.perBoard / peerIdle.encoded,
            below: 10,
          },
          {
            measure: 'edit on a board asleep → acknowledged, median',
            unit: 'ms',
            cairn: median(edits.asleep),
            peer: null,
            below: null,
          },
          {
            measure: 'edit on a board awake → acknowledged, median',
            unit: 'ms',
            cairn: median(edits.awake),
            peer: null,
            below: null,
          },
          {
            measure: 'unloaded after the last person left, median',
            unit: 'ms',
            cairn: unloads[2] ?? Number.NaN,
            peer: null,
            below: UNLOAD_DELAY_MS + UNLOAD_MARGIN_MS,
          },
          {
            measure: `memory after ${CYCLES.toLocaleString('en-US')} connect/disconnect cycles ÷ before`,
            unit: '×',
            cairn: cairnChurn,
            peer: peerChurn,
            below: 1.1,
          },
        ],
        notes: isResized('MEMORY')
          ? ['This run used sizes from BENCH_MEMORY_* variables, not the full size.']
          : [],
      };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
