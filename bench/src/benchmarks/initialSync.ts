import * as Y from 'yjs';
import { seededRandom } from '@cairn/model/testing';
import type { Benchmark, BenchmarkRow } from '../lib/Benchmark.js';
import { benchSize, isResized } from '../lib/benchSize.js';
import { createBoards } from '../lib/createBoards.js';
import { RawSyncClient } from '../lib/RawSyncClient.js';
import { addRoadmapItems } from '../lib/roadmapItems.js';
import { seedCanvasBoard } from '../lib/seedCanvasBoard.js';
import { ServerProcess } from '../lib/ServerProcess.js';
import { percentile } from '../lib/statistics.js';
import { hocuspocusWire, type SyncWire } from '../lib/SyncWire.js';
import { untilUnloaded } from '../lib/untilUnloaded.js';

const ITEMS = benchSize('SYNC_ITEMS', 5_000);
const SHAPES = benchSize('SYNC_SHAPES', 5_000);
const LOADS = benchSize('SYNC_LOADS', 20);
const SEED = 5_000;

/** What the cold loads of one board on one server measured. */
interface ColdLoads {
  /** From the socket opening (token and sync step 1 sent) to the document's sync step 2 arriving. */
  readonly loadMs: readonly number[];
  /**
   * From the socket opening to the server's own sync step 1 arriving: the server holds the
   * document in memory, ready to take the client's changes.
   */
  readonly inMemoryMs: readonly number[];
  /** Bytes received from the socket opening until the first sync was done. */
  readonly wireBytes: readonly number[];
  /** `Y.encodeStateAsUpdate` of the document as the client got it. */
  readonly encodedBytes: number;
}

/** Opens `document` `LOADS` times, each time after the server has unloaded it. */
async function coldLoads(
  server: ServerProcess,
  wire: SyncWire,
  document: string,
): Promise<ColdLoads> {
  const loadMs: number[] = [];
  const inMemoryMs: number[] = [];
  const wireBytes: number[] = [];
  let encodedBytes = 0;
  for (let load = 0; load < LOADS; load++) {
    await untilUnloaded(server, document);
    const client = new RawSyncClient(wire, document);
    // Applying the document would keep this process from seeing the step 1 arrive.
    client.holdUpdates = true;
    try {
      await client.synced();
      await client.askedBack();
      client.applyHeld();
      loadMs.push(client.firstStep2At - client.openedAt);
      inMemoryMs.push(client.firstStep1At - client.openedAt);
      wireBytes.push(client.bytesUntilSynced);
      encodedBytes = Y.encodeStateAsUpdate(client.doc).byteLength;
    } finally {
      await client.close();
    }
  }
  return { loadMs, inMemoryMs, wireBytes, encodedBytes };
}

/** Builds both boards on Cairn as people would; returns their ids and encoded documents. */
async function seedCairn(server: ServerProcess, log: (line: string) => void) {
  const { url = '', adminToken = '', editorToken = '', wsUrl } = server.ready;
  const wire = hocuspocusWire(wsUrl, editorToken);
  const [roadmap = ''] = await createBoards(url, adminToken, 'roadmap', 1);
  const [canvas = ''] = await createBoards(url, adminToken, 'canvas', 1);
  log(`seeding a roadmap of ${ITEMS} items and a canvas of ${SHAPES} shapes`);
  const writer = new RawSyncClient(wire, roadmap);
  await writer.synced();
  addRoadmapItems(writer.doc, ITEMS);
  await writer.acknowledged();
  await writer.close();
  await seedCanvasBoard(wsUrl, canvas, editorToken, SHAPES, seededRandom(SEED));
  const encoded = async (board: string) => {
    const reader = new RawSyncClient(wire, board);
    await reader.synced();
    const state = Y.encodeStateAsUpdate(reader.doc);
    await reader.close();
    return state;
  };
  return {
    roadmap,
    canvas,
    roadmapState: await encoded(roadmap),
    canvasState: await encoded(canvas),
  };
}

/** Stores `state` as document `name` on the peer: one client pushes it, then leaves. */
async function seedPeer(wire: SyncWire, name: string, state: Uint8Array): Promise<void> {
  const writer = new RawSyncClient(wire, name);
  Y.applyUpdate(writer.doc, state);
  await writer.synced();
  await writer.acknowledged();
  await writer.close();
}

function rows(label: string, cairn: ColdLoads, peer: ColdLoads): BenchmarkRow[] {
  const wireRatio = (run: ColdLoads) => Math.max(...run.wireBytes) / run.encodedBytes;
  return [
    {
      measure: `${label}: cold load, p50`,
      unit: 'ms',
      cairn: percentile(cairn.loadMs, 50),
      peer: percentile(peer.loadMs, 50),
      below: null,
    },
    {
      measure: `${label}: cold load, p95`,
      unit: 'ms',
      cairn: percentile(cairn.loadMs, 95),
      peer: percentile(peer.loadMs, 95),
      below: 150,
    },
    {
      measure: `${label}: cold load until the server holds it in memory, p50`,
      unit: 'ms',
      cairn: percentile(cairn.inMemoryMs, 50),
      peer: percentile(peer.inMemoryMs, 50),
      below: null,
    },
    {
      measure: `${label}: cold load until the server holds it in memory, p95`,
      unit: 'ms',
      cairn: percentile(cairn.inMemoryMs, 95),
      peer: percentile(peer.inMemoryMs, 95),
      below: null,
    },
    {
      measure: `${label}: encoded document`,
      unit: 'KB',
      cairn: cairn.encodedBytes / 1000,
      peer: peer.encodedBytes / 1000,
      below: null,
    },
    {
      measure: `${label}: bytes on the wire ÷ encoded document, worst`,
      unit: '×',
      cairn: wireRatio(cairn),
      peer: wireRatio(peer),
      below: 1.2,
    },
  ];
}

/** Issue 7: opening a large board whose document is not in memory. */
export const initialSync: Benchmark = {
  id: 'initial-sync',
  title: 'Initial sync of a large board from storage',
  method:
    `Two boards are built on Cairn as people would: a roadmap of ${ITEMS.toLocaleString('en-US')} items ` +
    `(the model's \`addItem\`, 250 to a transaction, through a sync client) and a canvas of ` +
    `${SHAPES.toLocaleString('en-US')} shapes (the open-canvas benchmark's tldraw store, bound with ` +
    `\`bindStoreToDoc\`, through the official provider). Each is then opened ${LOADS} times by a raw sync client ` +
    `(\`bench/src/lib/RawSyncClient.ts\`, sending what the provider sends: its token, then at once sync step 1 ` +
    `with an empty state vector), each time after the server has unloaded the document (unload delay 0, ` +
    `checked in the server process), so every open is a **cold load**: the server authenticates, reads ` +
    `the document from SQLite (snapshot plus log), and answers. **Cold load** is timed in the client from the ` +
    `socket opening to the sync step 2 carrying the document arriving (before the client applies it). Cairn ` +
    `loads a board whose log is folded into its snapshot (as every unload leaves it) asleep, and answers a ` +
    `client that has nothing (an empty state vector, as here) with the stored snapshot as it is, before it ` +
    `builds the document in memory; so the table also times, from the socket opening, the server's own sync ` +
    `step 1 arriving (its state vector, which Cairn sends once it holds the document in memory, ready to take ` +
    `the client's changes; Hocuspocus sends it before its step 2): **until the server holds it in memory** ` +
    `(the client applies the document only after both have arrived, so that its own work does not delay the ` +
    `second). ` +
    `**Bytes on the wire** ` +
    `are all bytes the client received until its first sync was done, divided by \`Y.encodeStateAsUpdate\` ` +
    `of the document it ended with. The server runs in a child process; loopback. Peer: Hocuspocus 4.7 with ` +
    `its stock \`@hocuspocus/extension-sqlite\` (which stores each document as one row), holding the same ` +
    `two documents (pushed as one update each). This benchmark found that Hocuspocus 4.7 sent the whole ` +
    `document twice on a cold open whenever the client connected in the same event-loop turn as the load ` +
    `(the update that loaded it stayed in Hocuspocus's broadcast batch); Cairn now flushes that batch when it ` +
    `loads a document, and the peer still shows it in its worst case. The time from the socket to the first rendered frame in ` +
    `Chromium for the 5,000-shape canvas is the open-canvas benchmark above.`,
  run: async ({ log }) => {
    const cairnServer = await ServerProcess.start('cairn', { CAIRN_UNLOAD_DELAY_MS: '0' });
    let cairnRoadmap: ColdLoads;
    let cairnCanvas: ColdLoads;
    let states: { roadmap: Uint8Array; canvas: Uint8Array };
    try {
      const seeded = await seedCairn(cairnServer, log);
      states = { roadmap: seeded.roadmapState, canvas: seeded.canvasState };
      const wire = hocuspocusWire(cairnServer.ready.wsUrl, cairnServer.ready.editorToken ?? '');
      log(`Cairn: ${LOADS} cold loads of each board`);
      cairnRoadmap = await coldLoads(cairnServer, wire, seeded.roadmap);
      cairnCanvas = await coldLoads(cairnServer, wire, seeded.canvas);
    } finally {
      await cairnServer.stop();
    }
    const peerServer = await ServerProcess.start('hocuspocus-sqlite', { database: ':memory:' });
    let peerRoadmap: ColdLoads;
    let peerCanvas: ColdLoads;
    try {
      const wire = hocuspocusWire(peerServer.ready.wsUrl, 'no-auth');
      await seedPeer(wire, 'roadmap', states.roadmap);
      await seedPeer(wire, 'canvas', states.canvas);
      log(`Hocuspocus with SQLite: ${LOADS} cold loads of each board`);
      peerRoadmap = await coldLoads(peerServer, wire, 'roadmap');
      peerCanvas = await coldLoads(peerServer, wire, 'canvas');
    } finally {
      await peerServer.stop();
    }
    return {
      peer: 'Hocuspocus with the stock SQLite extension',
      rows: [
        ...rows(`roadmap, ${ITEMS.toLocaleString('en-US')} items`, cairnRoadmap, peerRoadmap),
        ...rows(`canvas, ${SHAPES.toLocaleString('en-US')} shapes`, cairnCanvas, peerCanvas),
      ],
      notes: isResized('SYNC')
        ? ['This run used sizes from BENCH_SYNC_* variables, not the full size.']
        : [],
    };
  },
};
