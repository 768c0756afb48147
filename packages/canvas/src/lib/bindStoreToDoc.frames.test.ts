import { react, transact } from '@tldraw/state';
import type { TLShape } from '@tldraw/tlschema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createFrame, createPageRecords, createTestStore } from '../test/canvasTestHelpers.js';
import { bindStoreToDoc } from './bindStoreToDoc.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';

const { document, page } = createPageRecords();

/**
 * Frames as in a browser: tldraw runs store listeners in tests at once, unless told to wait for
 * animation frames; here frames are requested and never come.
 */
const requestedFrames: Array<(time: number) => void> = [];
beforeEach(() => {
  vi.stubGlobal('__FORCE_RAF_IN_TESTS__', true);
  vi.stubGlobal('requestAnimationFrame', (callback: (time: number) => void) =>
    requestedFrames.push(callback),
  );
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  requestedFrames.length = 0;
});

describe('bindStoreToDoc in a browser’s frame rhythm', () => {
  // tldraw tells store listeners of changes at the next animation frame; on a 5,000-shape canvas
  // a person's nudge reached the document ~32 ms after the key press (the client-frames
  // benchmark). The binding takes each of the person's operations as it completes.
  it('writes each of a person’s operations to the document as it completes, without waiting for a frame', () => {
    const store = createTestStore();
    store.put([document, page]);
    const doc = new Y.Doc();
    const binding = bindStoreToDoc(store, doc, { bindingId: 'a', onInvalidRecord: () => {} });
    try {
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      const records = createKeyValueRecordMap(doc);
      const shape = createFrame(store, 's1', page.id, { x: 10 });
      store.put([shape]);
      expect(records.get(shape.id)).toEqual(shape);
      store.update(shape.id, (record) => ({ ...record, x: 20 }));

      expect(records.get(shape.id)).toEqual({ ...shape, x: 20 });
      expect(updates).toHaveLength(2);
      expect(requestedFrames.length).toBeGreaterThan(0);
    } finally {
      binding.destroy();
      doc.destroy();
    }
  });

  // An editor action (a nudge, a drop) is one tldraw transaction; when it ends, tldraw's reactive
  // effects recompute what they watch, which on a large canvas takes longer than the action. The
  // person's change must not wait for them.
  it('hands a person’s change to the document before tldraw’s effects react to it', () => {
    const store = createTestStore();
    store.put([document, page]);
    const doc = new Y.Doc();
    const binding = bindStoreToDoc(store, doc, { bindingId: 'a', onInvalidRecord: () => {} });
    const records = createKeyValueRecordMap(doc);
    const shape = createFrame(store, 's1', page.id, { x: 10 });
    store.put([shape]);
    const seen: Array<{ store: number | undefined; doc: number | undefined }> = [];
    const stopEffect = react('watches the shape', () => {
      seen.push({ store: store.get(shape.id)?.x, doc: (records.get(shape.id) as TLShape)?.x });
    });
    try {
      // As the editor runs an action: its operations inside one transaction.
      transact(() => {
        store.update(shape.id, (record) => ({ ...record, x: 20 }));
      });

      expect(seen.at(-1)).toEqual({ store: 20, doc: 20 });
    } finally {
      stopEffect();
      binding.destroy();
      doc.destroy();
    }
  });
});
