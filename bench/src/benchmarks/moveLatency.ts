import { EventEmitter } from 'node:events';
import { bindStoreToDoc } from '@cairn/canvas';
import { startTestServer } from '@cairn/server/testing';
import type { TLShape, TLStore } from '@tldraw/tlschema';
import type * as Y from 'yjs';
import { connectYWebsocketClient } from '../peers/connectYWebsocketClient.js';
import { startYWebsocketServer } from '../peers/startYWebsocketServer.js';
import type { Benchmark, BenchmarkRow } from '../lib/Benchmark.js';
import { connectCairnClient } from '../lib/connectCairnClient.js';
import { createCanvasBoard } from '../lib/createCanvasBoard.js';
import { createHeadlessStore, createPageRecords } from '@cairn/canvas/testing';
import { createGridShapes } from '@cairn/canvas/testing';
import { nextFrame } from '../lib/installFrameClock.js';
import { seededRandom } from '@cairn/model/testing';
import { percentile, worst } from '../lib/statistics.js';
import type { SyncClient } from '../lib/SyncClient.js';
import { sleep, waitUntil } from '../lib/waitUntil.js';

const SHAPES = 100;
const MOVES = 1_000;
const MOVES_PER_SECOND = 20;
/** How long moves still in flight after the last one may take; those not seen by then are lost. */
const LOST_AFTER_MS = 5_000;
const SEED = 7;

/** What one server's run produced, in milliseconds per move seen. */
interface MoveRun {
  /** From A's `store.update` to B's `store.listen` reporting it: what a person sees, frames included. */
  readonly endToEnd: readonly number[];
  /** From A's transaction to B's store holding the new x: the network and server alone. */
  readonly syncOnly: readonly number[];
  readonly lost: number;
}

/** Timestamps of one move in flight. */
interface Move {
  readonly id: TLShape['id'];
  readonly x: number;
  readonly updatedAt: number;
  sentAt?: number;
  appliedAt?: number;
}

/** A tldraw store bound to a synced client's document; returns the binding's user origin and a close. */
function bindClient(client: SyncClient, store: TLStore) {
  const binding = bindStoreToDoc(store, client.doc);
  if (binding.status.status !== 'connected') {
    throw new Error(`The binding did not connect: ${binding.status.status}.`);
  }
  return {
    userOrigin: binding.origins.user,
    close: () => {
      binding.destroy();
      store.dispose();
      client.destroy();
    },
  };
}

/**
 * Client A moves shapes at a steady pace; each move is timed from A's `store.update` to B's
 * `store.listen` reporting the new `x` as a remote change, and, inside that, from A's transaction
 * to B's store holding the new x. Both clients, the server and the clock share this process.
 */
async function measureMoves(connect: () => SyncClient): Promise<MoveRun> {
  const a = connect();
  await a.synced();
  const storeA = createHeadlessStore();
  storeA.put(Object.values(createPageRecords()));
  const bindingA = bindClient(a, storeA);
  const shapes = createGridShapes(storeA, SHAPES, seededRandom(SEED));
  storeA.put(shapes);
  await nextFrame();
  await a.acknowledged();

  const b = connect();
  await b.synced();
  const storeB = createHeadlessStore();
  const bindingB = bindClient(b, storeB);
  const shapesAtB = () => storeB.query.records('shape').get().length;
  await waitUntil('the shapes at client B', b.doc, 'update', () => shapesAtB() === SHAPES);

  /** Moves in flight by `<shape id>@<x>`: every move gets a fresh x, so each is recognisable. */
  const inFlight = new Map<string, Move>();
  const endToEnd: number[] = [];
  const syncOnly: number[] = [];
  const seen = new EventEmitter();
  // A's binding writes each frame's changes in one transaction of its user origin; at 20 moves a
  // second each carries exactly the moves not sent yet.
  const onSent = (transaction: Y.Transaction) => {
    if (transaction.origin !== bindingA.userOrigin) return;
    for (const move of inFlight.values()) move.sentAt ??= performance.now();
  };
  // Runs after the transaction's observers, so the binding has already merged it into B's store.
  const onApplied = () => {
    for (const move of inFlight.values()) {
      if (move.appliedAt === undefined && storeB.get(move.id)?.x === move.x) {
        move.appliedAt = performance.now();
      }
    }
  };
  a.doc.on('afterTransaction', onSent);
  b.doc.on('afterTransaction', onApplied);
  const stopListening = storeB.listen(
    ({ changes }) => {
      for (const [, shape] of Object.values(changes.updated)) {
        const key = `${shape.id}@${shape.typeName === 'shape' ? shape.x : ''}`;
        const move = inFlight.get(key);
        if (move === undefined) continue;
        endToEnd.push(performance.now() - move.updatedAt);
        if (move.sentAt !== undefined && move.appliedAt !== undefined) {
          syncOnly.push(move.appliedAt - move.sentAt);
        }
        inFlight.delete(key);
      }
      seen.emit('seen');
    },
    { source: 'remote', scope: 'document' },
  );

  const random = seededRandom(SEED + 1);
  const interval = 1000 / MOVES_PER_SECOND;
  const start = performance.now();
  for (let index = 0; index < MOVES; index++) {
    // Paced against the start time, so a slow move does not shift the ones after it. The jitter
    // spreads moves over the frame: 50 ms is exactly three frames, so unjittered moves would all
    // land at one phase of the frame and the run would measure that phase.
    await sleep(start + (index + random() / 2) * interval - performance.now());
    const { id } = shapes[Math.floor(random() * SHAPES)] as TLShape;
    const x = 100_000 + index;
    inFlight.set(`${id}@${x}`, { id, x, updatedAt: performance.now() });
    storeA.update(id, (record) => ({ ...record, x }));
  }
  // Whatever is still in flight after the wait is reported as lost, not thrown.
  await waitUntil('the last moves', seen, 'seen', () => inFlight.size === 0, LOST_AFTER_MS).catch(
    () => undefined,
  );
  stopListening();
  a.doc.off('afterTransaction', onSent);
  b.doc.off('afterTransaction', onApplied);
  bindingA.close();
  bindingB.close();
  return { endToEnd, syncOnly, lost: inFlight.size };
}

async function measureCairn(): Promise<MoveRun> {
  const server = await startTestServer();
  try {
    const boardId = await createCanvasBoard(server.url, server.token('admin'), 'Move latency');
    let person = 0;
    return await measureMoves(() =>
      connectCairnClient(server.wsUrl, boardId, server.token('editor', `Mover ${++person}`)),
    );
  } finally {
    await server.stop();
  }
}

async function measurePeer(): Promise<MoveRun> {
  const server = await startYWebsocketServer();
  try {
    return await measureMoves(() => connectYWebsocketClient(server.wsUrl, 'move-latency'));
  } finally {
    await server.stop();
  }
}

/** Issue 4: a shape moved by one person shows for another with p99 under 100 ms on loopback. */
export const moveLatency: Benchmark = {
  id: 'move-latency',
  title: 'Move latency between two people',
  method:
    `Two clients in Node, each a tldraw store bound with \`bindStoreToDoc\` to its own Y.Doc ` +
    `and connection, on a board of ${SHAPES} shapes. Client A moves a seeded random shape ` +
    `${MOVES.toLocaleString('en-US')} times (\`store.update\` with a new x, source user) at ` +
    `${MOVES_PER_SECOND} moves per second, with a seeded jitter of up to half the interval so ` +
    `moves fall at every point of a frame; the latency of a move is from that call to ` +
    `client B's \`store.listen\` (source remote) reporting the new x. Node gets a 60 Hz ` +
    `\`requestAnimationFrame\`, since tldraw's store delivers listener batches on animation ` +
    `frames as in the browser: A's change leaves at A's next frame and B's listener runs at B's ` +
    `next frame, so the figure is what a person would see. **Sync only** times the same moves ` +
    `from A's transaction to B's store holding the new x, without either frame. Cairn: the real server ` +
    `(token authentication, role check, durable SQLite update log) through the official ` +
    `Hocuspocus provider. Peer: the reference \`@y/websocket-server\` (in memory, no ` +
    `authentication, no persistence) through a minimal y-websocket sync client. Clients, ` +
    `server and clock share one Node process on loopback; the two servers run one after the ` +
    `other.`,
  run: async ({ log }) => {
    const seconds = MOVES / MOVES_PER_SECOND;
    log(`Cairn: ${MOVES} moves over ${seconds} s`);
    const cairn = await measureCairn();
    log(`reference y-websocket server: ${MOVES} moves over ${seconds} s`);
    const peer = await measurePeer();
    const row = (
      measure: string,
      pick: (run: MoveRun) => readonly number[],
      p: number,
      below: number | null,
    ): BenchmarkRow => ({
      measure: `${measure}, p${p}`,
      unit: 'ms',
      cairn: percentile(pick(cairn), p),
      peer: percentile(pick(peer), p),
      below,
    });
    const endToEnd = (run: MoveRun) => run.endToEnd;
    const syncOnly = (run: MoveRun) => run.syncOnly;
    return {
      peer: 'reference y-websocket server',
      rows: [
        row('move → seen by the other', endToEnd, 50, null),
        row('move → seen by the other', endToEnd, 95, null),
        row('move → seen by the other', endToEnd, 99, 100),
        {
          measure: 'move → seen by the other, worst',
          unit: 'ms',
          cairn: worst(cairn.endToEnd),
          peer: worst(peer.endToEnd),
          below: null,
        },
        row('sync only (no frames)', syncOnly, 50, null),
        row('sync only (no frames)', syncOnly, 99, null),
        {
          measure: 'moves never seen by the other',
          unit: '',
          cairn: cairn.lost,
          peer: peer.lost,
          below: 1,
        },
      ],
      notes: [],
    };
  },
};
