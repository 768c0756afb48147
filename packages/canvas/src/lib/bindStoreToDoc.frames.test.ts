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
  // benchmark). The binding now takes the person's changes after each operation.
  it('writes a person’s change to the document in a microtask, without waiting for a frame', async () => {
    const store = createTestStore();
    store.put([document, page]);
    const doc = new Y.Doc();
    const binding = bindStoreToDoc(store, doc, { bindingId: 'a', onInvalidRecord: () => {} });
    try {
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      const shape = createFrame(store, 's1', page.id, { x: 10 });
      store.put([shape]);
      store.update(shape.id, (record) => ({ ...record, x: 20 }));
      await Promise.resolve();

      expect(createKeyValueRecordMap(doc).get(shape.id)).toEqual({ ...shape, x: 20 });
      // Both operations of the task went out as one document update.
      expect(updates).toHaveLength(1);
      expect(requestedFrames.length).toBeGreaterThan(0);
    } finally {
      binding.destroy();
      doc.destroy();
    }
  });
});
