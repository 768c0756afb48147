import type { TLShape, TLStore } from '@tldraw/tlschema';
import { seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createFrame, createPageRecords, createTestStore } from '../test/canvasTestHelpers.js';
import { bindStoreToDoc } from './bindStoreToDoc.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';
import { createYMapRecordMap } from './createYMapRecordMap.js';
import type { RecordMap } from './RecordMap.js';

const SHAPES = 100;
const MOVES = 10_000;

/** Binds a store to a fresh document laid out by `createRecordMap`, moves shapes, returns sizes. */
function measure(createRecordMap: (doc: Y.Doc) => RecordMap) {
  const doc = new Y.Doc();
  const store: TLStore = createTestStore();
  const { document, page } = createPageRecords();
  store.put([document, page]);
  const binding = bindStoreToDoc(store, doc, { createRecordMap });
  const shapes = Array.from({ length: SHAPES }, (_, i) => createFrame(store, `s${i}`, page.id));
  store.put(shapes);
  const random = seededRandom(42);
  for (let move = 0; move < MOVES; move++) {
    // Round-robin, as when a selection of shapes is dragged: every shape moves MOVES / SHAPES times.
    const shape = shapes[move % SHAPES] as TLShape;
    store.update(shape.id, (record) => ({
      ...record,
      x: Math.round(random() * 5000),
      y: Math.round(random() * 5000),
    }));
  }
  binding.destroy();
  const live = Object.fromEntries(createRecordMap(doc).entries());
  expect(live).toEqual(store.serialize('document'));
  return {
    docBytes: Y.encodeStateAsUpdate(doc).byteLength,
    liveJsonBytes: new TextEncoder().encode(JSON.stringify(live)).byteLength,
  };
}

describe('document size after many moves', () => {
  it(`stays bounded with YKeyValue and grows with a Y.Map (${SHAPES} shapes, ${MOVES} moves)`, () => {
    const keyValue = measure(createKeyValueRecordMap);
    const yMap = measure(createYMapRecordMap);
    console.log(
      `canvas size after ${MOVES} moves of ${SHAPES} shapes: live JSON ${keyValue.liveJsonBytes} B, ` +
        `YKeyValue doc ${keyValue.docBytes} B, Y.Map doc ${yMap.docBytes} B`,
    );
    expect(keyValue.docBytes).toBeLessThan(2 * keyValue.liveJsonBytes);
    expect(yMap.docBytes).toBeGreaterThan(2 * keyValue.docBytes);
  });
});
