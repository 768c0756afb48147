import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoard, systemEnv, updateItem, type OperationContext } from '@cairn/model';
import { seededRandom } from '@cairn/model/testing';
import * as Y from 'yjs';
import type { Benchmark } from '../lib/Benchmark.js';
import { benchSize, isResized } from '../lib/benchSize.js';
import { createBoards } from '../lib/createBoards.js';
import { RawSyncClient } from '../lib/RawSyncClient.js';
import { addRoadmapItems } from '../lib/roadmapItems.js';
import { ServerProcess, type ServerStats } from '../lib/ServerProcess.js';
import { hocuspocusWire, type SyncWire } from '../lib/SyncWire.js';
import { untilUnloaded } from '../lib/untilUnloaded.js';
import { sleep } from '../lib/waitUntil.js';

const ITEMS = benchSize('WRITE_ITEMS', 200);
const SECONDS = benchSize('WRITE_SECONDS', 180);
const EDITS_PER_SECOND = benchSize('WRITE_EDITS_PER_SECOND', 20);
const SEED = 3;

const AS_EDITOR: OperationContext = {
  origin: { kind: 'local-user', userId: 'bench' },
  env: systemEnv,
};

/** What one server wrote during the session. */
interface Session {
  /** Bytes of the updates the client sent (what the server received, before framing). */
  readonly updateBytes: number;
  /** What the server handed to storage: Cairn its log and snapshots, the peer its whole documents. */
  readonly logicalBytes: number;
  /** Bytes the server process wrote to the block device (`/proc/self/io` write_bytes). */
  readonly physicalBytes: number;
  readonly storeCount: number;
}

/**
 * One person edits item titles of the board at a steady pace (seeded: a random item, a new title
 * each time) for the session, then leaves; the board unloads (Cairn compacts, the peer stores).
 */
async function editingSession(
  server: ServerProcess,
  wire: SyncWire,
  board: string,
  before: () => Promise<ServerStats>,
): Promise<
  Omit<Session, 'logicalBytes' | 'storeCount'> & { start: ServerStats; end: ServerStats }
> {
  const client = new RawSyncClient(wire, board);
  let updateBytes = 0;
  let start: ServerStats;
  try {
    await client.synced();
    const ids = readBoard(client.doc).items.map((item) => item.id);
    const random = seededRandom(SEED);
    await server.statsStart();
    start = await before();
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === AS_EDITOR.origin) updateBytes += update.byteLength;
    });
    const started = performance.now();
    const edits = SECONDS * EDITS_PER_SECOND;
    for (let edit = 0; edit < edits; edit++) {
      await sleep(started + (edit * 1000) / EDITS_PER_SECOND - performance.now());
      const id = ids[Math.floor(random() * ids.length)] ?? '';
      updateItem(
        client.doc,
        id,
        { title: `Edited title ${edit}: ${random().toString(36).slice(2, 10)}` },
        AS_EDITOR,
      );
    }
    await client.acknowledged();
  } finally {
    await client.close();
  }
  await untilUnloaded(server, board);
  const end = await server.stats();
  return { updateBytes, physicalBytes: end.writtenBytes, start, end };
}

/** Builds a roadmap of `ITEMS` items on Cairn; returns the board and its encoded document. */
async function seed(server: ServerProcess): Promise<{ board: string; state: Uint8Array }> {
  const { url = '', adminToken = '', editorToken = '', wsUrl } = server.ready;
  const [board = ''] = await createBoards(url, adminToken, 'roadmap', 1);
  const writer = new RawSyncClient(hocuspocusWire(wsUrl, editorToken), board);
  await writer.synced();
  addRoadmapItems(writer.doc, ITEMS);
  await writer.acknowledged();
  const state = Y.encodeStateAsUpdate(writer.doc);
  await writer.close();
  await untilUnloaded(server, board);
  return { board, state };
}

/** Issue 7: bytes written to storage per byte of edits received, over a long session. */
export const writeAmplification: Benchmark = {
  id: 'write-amplification',
  title: 'Write amplification over a long editing session',
  method:
    `A roadmap of ${ITEMS.toLocaleString('en-US')} items (the model's \`addItem\`) is stored first. Then one ` +
    `person (a raw sync client) changes the title of a seeded random item ${EDITS_PER_SECOND} times a second ` +
    `for ${SECONDS} s with the model's \`updateItem\`, waits for the server to hold every edit, and leaves; the ` +
    `measurement ends once the board has unloaded (Cairn's last compaction, the peer's last store). **Update ` +
    `bytes** are the bytes of the Yjs updates the client sent. **Written, logical**: what the server handed to ` +
    `storage: for Cairn the update log and the snapshots its compactions wrote (\`cairn_update_bytes_total\` and ` +
    `\`cairn_snapshot_bytes_total\` from \`/metrics\`); for the peer the documents its SQLite extension stored ` +
    `(each store writes the whole document). **Written to disk**: \`write_bytes\` of the server process in ` +
    `\`/proc/self/io\` over the session, which includes SQLite's own page-sized writes, journal or WAL, and ` +
    `checkpoints. Cairn runs with its defaults (WAL, the log flushed before every acknowledgement, compaction once the log outgrows the ` +
    `snapshot). Peer: Hocuspocus 4.7 with the stock \`@hocuspocus/extension-sqlite\` on a database file, with ` +
    `its default debounce (a store 2 s after the last change, at least every 10 s while changes continue). ` +
    `Each server runs alone in a child process on its own data directory.`,
  run: async ({ log }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-bench-writes-'));
    try {
      const cairnServer = await ServerProcess.start('cairn', {
        dataDir: join(dir, 'cairn'),
        CAIRN_UNLOAD_DELAY_MS: '0',
      });
      let cairn: Session;
      let state: Uint8Array;
      try {
        const seeded = await seed(cairnServer);
        state = seeded.state;
        log(`Cairn: ${SECONDS} s of edits`);
        const wire = hocuspocusWire(cairnServer.ready.wsUrl, cairnServer.ready.editorToken ?? '');
        const session = await editingSession(cairnServer, wire, seeded.board, () =>
          cairnServer.stats(),
        );
        const written = (stats: ServerStats) =>
          (stats.storage['updateBytes'] ?? 0) + (stats.storage['snapshotBytes'] ?? 0);
        cairn = {
          ...session,
          logicalBytes: written(session.end) - written(session.start),
          storeCount:
            (session.end.storage['compactions'] ?? 0) - (session.start.storage['compactions'] ?? 0),
        };
      } finally {
        await cairnServer.stop();
      }

      const peerServer = await ServerProcess.start('hocuspocus-sqlite', {
        database: join(dir, 'hocuspocus.sqlite'),
      });
      let peer: Session;
      try {
        const wire = hocuspocusWire(peerServer.ready.wsUrl, 'no-auth');
        const writer = new RawSyncClient(wire, 'roadmap');
        Y.applyUpdate(writer.doc, state);
        await writer.synced();
        await writer.acknowledged();
        await writer.close();
        await untilUnloaded(peerServer, 'roadmap');
        log(`Hocuspocus with SQLite: ${SECONDS} s of edits`);
        const session = await editingSession(peerServer, wire, 'roadmap', () => peerServer.stats());
        peer = {
          ...session,
          logicalBytes:
            (session.end.storage['storedBytes'] ?? 0) - (session.start.storage['storedBytes'] ?? 0),
          storeCount: (session.end.storage['stores'] ?? 0) - (session.start.storage['stores'] ?? 0),
        };
      } finally {
        await peerServer.stop();
      }
      const ratio = (session: Session, bytes: number) => bytes / session.updateBytes;
      return {
        peer: 'Hocuspocus with the stock SQLite extension',
        rows: [
          {
            measure: 'update bytes received',
            unit: 'KB',
            cairn: cairn.updateBytes / 1000,
            peer: peer.updateBytes / 1000,
            below: null,
          },
          {
            measure: 'written, logical',
            unit: 'KB',
            cairn: cairn.logicalBytes / 1000,
            peer: peer.logicalBytes / 1000,
            below: null,
          },
          {
            measure: 'written, logical ÷ update bytes',
            unit: '×',
            cairn: ratio(cairn, cairn.logicalBytes),
            peer: ratio(peer, peer.logicalBytes),
            below: 3,
          },
          {
            measure: 'written to disk (process write_bytes)',
            unit: 'KB',
            cairn: cairn.physicalBytes / 1000,
            peer: peer.physicalBytes / 1000,
            below: null,
          },
          {
            measure: 'written to disk ÷ update bytes',
            unit: '×',
            cairn: ratio(cairn, cairn.physicalBytes),
            peer: ratio(peer, peer.physicalBytes),
            below: null,
          },
          {
            measure: 'compactions (Cairn) / whole-document stores (peer)',
            unit: '',
            cairn: cairn.storeCount,
            peer: peer.storeCount,
            below: null,
          },
        ],
        notes: [
          `The encoded document was ${Math.round(state.byteLength / 1000).toLocaleString('en-US')} KB before the session.`,
          ...(isResized('WRITE')
            ? ['This run used sizes from BENCH_WRITE_* variables, not the full size.']
            : []),
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
