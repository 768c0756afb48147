import { isDeepStrictEqual } from 'node:util';
import {
  bindStoreToDoc,
  createKeyValueRecordMap,
  createYMapRecordMap,
  type RecordMap,
} from '@cairn/canvas';
import type { TLShape } from '@tldraw/tlschema';
import * as Y from 'yjs';
import type { Benchmark } from '../lib/Benchmark.js';
import { createHeadlessStore, createPageRecords } from '@cairn/canvas/testing';
import { createGridShapes } from '@cairn/canvas/testing';
import { withImmediateStoreListeners } from '../lib/installFrameClock.js';
import { seededRandom } from '@cairn/model/testing';

const SHAPES = 100;
const MOVES = 10_000;
const SEED = 42;

interface Sizes {
  readonly documentBytes: number;
  readonly liveJsonBytes: number;
}

/** Binds a store to a fresh document laid out by `createRecordMap`, moves shapes, returns sizes. */
function measure(createRecordMap: (doc: Y.Doc) => RecordMap): Sizes {
  const doc = new Y.Doc();
  const store = createHeadlessStore();
  store.put(Object.values(createPageRecords()));
  const binding = bindStoreToDoc(store, doc, { createRecordMap });
  const random = seededRandom(SEED);
  const shapes = createGridShapes(store, SHAPES, random);
  store.put(shapes);
  for (let move = 0; move < MOVES; move++) {
    // Round-robin, as when a selection is dragged: every shape moves MOVES / SHAPES times.
    const shape = shapes[move % SHAPES] as TLShape;
    store.update(shape.id, (record) => ({
      ...record,
      x: Math.round(random() * 5000),
      y: Math.round(random() * 5000),
    }));
  }
  binding.destroy();
  const live = Object.fromEntries(createRecordMap(doc).entries());
  if (!isDeepStrictEqual(live, store.serialize('document'))) {
    throw new Error('The document does not hold the store’s records after the moves.');
  }
  const sizes = {
    documentBytes: Y.encodeStateAsUpdate(doc).byteLength,
    liveJsonBytes: new TextEncoder().encode(JSON.stringify(live)).byteLength,
  };
  store.dispose();
  doc.destroy();
  return sizes;
}

/** Issue 4: the document stays under 2× its live JSON after 10,000 moves of 100 shapes. */
export const documentSize: Benchmark = {
  id: 'document-size',
  title: 'Document size after many moves',
  method:
    `${SHAPES} shapes (the open benchmark's notes and rectangles) on a tldraw store in Node, ` +
    `bound to a fresh Y.Doc with \`bindStoreToDoc\`; ${MOVES.toLocaleString('en-US')} moves, ` +
    `round-robin over the shapes to seeded random positions, each its own store change and ` +
    `transaction (the store delivers each change at once, as if every move had a frame of its ` +
    `own: the worst case for the document). Measured: \`Y.encodeStateAsUpdate(doc)\` against the JSON of the live records. ` +
    `Cairn is the layout the binding uses (\`createKeyValueRecordMap\`: y-utility's YKeyValue ` +
    `over a Y.Array); the peer is the same records in a plain Y.Map (\`createYMapRecordMap\`), ` +
    `which keeps every overwritten value.`,
  run: async ({ log }) => {
    log(`measuring ${MOVES} moves with YKeyValue and with Y.Map`);
    const keyValue = withImmediateStoreListeners(() => measure(createKeyValueRecordMap));
    const yMap = withImmediateStoreListeners(() => measure(createYMapRecordMap));
    return {
      peer: 'plain Y.Map layout',
      rows: [
        {
          measure: 'live JSON of the records',
          unit: 'B',
          cairn: keyValue.liveJsonBytes,
          peer: yMap.liveJsonBytes,
          below: null,
        },
        {
          measure: 'encoded document',
          unit: 'B',
          cairn: keyValue.documentBytes,
          peer: yMap.documentBytes,
          below: 2 * keyValue.liveJsonBytes,
        },
        {
          measure: 'document ÷ live JSON',
          unit: '×',
          cairn: keyValue.documentBytes / keyValue.liveJsonBytes,
          peer: yMap.documentBytes / yMap.liveJsonBytes,
          below: 2,
        },
      ],
      notes: [],
    };
  },
};
