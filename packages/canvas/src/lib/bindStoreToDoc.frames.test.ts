import { react, transact } from '@tldraw/state';
import { CameraRecordType, type TLShape } from '@tldraw/tlschema';
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

/**
 * A test store holding the document and a page, bound to a fresh Y.Doc; `updates` collects the
 * document's updates from the moment of binding.
 */
function boundStore() {
  const store = createTestStore();
  store.put([document, page]);
  const doc = new Y.Doc();
  const binding = bindStoreToDoc(store, doc, { bindingId: 'a', onInvalidRecord: () => {} });
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const destroy = () => {
    binding.destroy();
    doc.destroy();
  };
  return { store, records: createKeyValueRecordMap(doc), updates, destroy };
}

describe('bindStoreToDoc in a browser’s frame rhythm', () => {
  // tldraw tells store listeners of changes at the next animation frame; on a 5,000-shape canvas
  // a person's nudge reached the document ~32 ms after the key press (the client-frames
  // benchmark). The binding takes each of the person's operations as it completes.
  it('writes each of a person’s operations to the document as it completes, without waiting for a frame', () => {
    const { store, records, updates, destroy } = boundStore();
    try {
      const shape = createFrame(store, 's1', page.id, { x: 10 });
      store.put([shape]);
      expect(records.get(shape.id)).toEqual(shape);
      store.update(shape.id, (record) => ({ ...record, x: 20 }));

      expect(records.get(shape.id)).toEqual({ ...shape, x: 20 });
      expect(updates).toHaveLength(2);
      expect(requestedFrames.length).toBeGreaterThan(0);
    } finally {
      destroy();
    }
  });

  // An editor action (a nudge, a drop) is one tldraw transaction; when it ends, tldraw's reactive
  // effects recompute what they watch, which on a large canvas takes longer than the action. The
  // person's change must not wait for them.
  it('hands a person’s change to the document before tldraw’s effects react to it', () => {
    const { store, records, destroy } = boundStore();
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
      destroy();
    }
  });

  // tldraw runs operations of the person on session records (pointer, hover, camera) many times
  // a frame; flushing each at once cost the 5,000-shape canvas frames while someone else dragged.
  it('leaves the document alone for a change to session records, and tells listeners within the task', async () => {
    const { store, updates, destroy } = boundStore();
    try {
      const heard: string[] = [];
      const stopListening = store.listen(({ changes }) => {
        heard.push(...Object.keys(changes.added), ...Object.keys(changes.updated));
      });
      const camera = CameraRecordType.create({ id: CameraRecordType.createId(page.id) });
      store.put([camera]);
      store.update(camera.id, (record) => ({ ...record, x: 40 }));
      expect(heard).toEqual([]);
      await Promise.resolve();

      expect(heard).toContain(camera.id);
      expect(updates).toHaveLength(0);
      stopListening();
    } finally {
      destroy();
    }
  });
});
