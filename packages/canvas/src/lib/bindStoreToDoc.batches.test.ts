import type { TLShapeId } from '@tldraw/tlschema';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  createFrame,
  createNetwork,
  createPageRecords,
  createTestStore,
} from '../test/canvasTestHelpers.js';
import { bindStoreToDoc, type LoadInBatches } from './bindStoreToDoc.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';
import { planViewportFirstLoad } from './planViewportFirstLoad.js';

const { document, page } = createPageRecords();

/** A scheduler the test drives: each `step()` runs the one scheduled batch. */
function manualScheduler() {
  let scheduled: (() => void) | null = null;
  let cancelled = 0;
  return {
    schedule: (load: () => void) => {
      scheduled = load;
      return () => {
        scheduled = null;
        cancelled += 1;
      };
    },
    get pending() {
      return scheduled !== null;
    },
    get cancelled() {
      return cancelled;
    },
    step() {
      const load = scheduled;
      if (load === null) throw new Error('no batch scheduled');
      scheduled = null;
      load();
    },
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Replica A holds a page and 6 frames in a row, 1,500 units apart; replica B then binds an empty
 * store in batches of 2 with a 1,000 × 600 viewport at the origin: frame 0 loads at once, the
 * others two per step, nearest first.
 */
function setUp() {
  const network = createNetwork(2);
  const [docA, docB] = network.docs as [Y.Doc, Y.Doc];
  const storeA = createTestStore();
  storeA.put([document, page]);
  const frames = Array.from({ length: 6 }, (_, n) =>
    createFrame(storeA, `f${n}`, page.id, { x: n * 1500 }),
  );
  storeA.put(frames);
  const a = bindStoreToDoc(storeA, docA, { bindingId: 'a' });
  network.deliverAll();

  const scheduler = manualScheduler();
  const loadInBatches: LoadInBatches = {
    plan: (records) =>
      planViewportFirstLoad(records, {
        viewport: { x: 0, y: 0, w: 1000, h: 600 },
        margin: 0,
        batchSize: 2,
      }),
    schedule: scheduler.schedule,
  };
  const storeB = createTestStore();
  let loadedCalls = 0;
  const b = bindStoreToDoc(storeB, docB, {
    bindingId: 'b',
    loadInBatches,
    onLoaded: () => (loadedCalls += 1),
  });
  cleanups.push(() => {
    a.destroy();
    b.destroy();
    network.destroy();
  });
  const ids = frames.map((frame) => frame.id);
  return {
    network,
    docB,
    storeA,
    storeB,
    b,
    scheduler,
    ids,
    loadedCalls: () => loadedCalls,
  };
}

const shapeIdsIn = (store: ReturnType<typeof createTestStore>) =>
  store
    .allRecords()
    .filter((record) => record.typeName === 'shape')
    .map((record) => record.id)
    .sort();

describe('bindStoreToDoc with loadInBatches', () => {
  it('loads the first batch at once and one more batch per scheduled step, then reports loaded', () => {
    const { storeB, b, scheduler, ids, loadedCalls } = setUp();
    expect(storeB.has(page.id)).toBe(true);
    expect(shapeIdsIn(storeB)).toEqual([ids[0]]);
    expect(b.loaded).toBe(false);

    scheduler.step();
    expect(shapeIdsIn(storeB)).toEqual([ids[0], ids[1], ids[2]].sort());
    scheduler.step();
    expect(b.loaded).toBe(false);
    expect(loadedCalls()).toBe(0);
    scheduler.step();
    expect(shapeIdsIn(storeB)).toEqual([...ids].sort());
    expect(b.loaded).toBe(true);
    expect(loadedCalls()).toBe(1);
    expect(scheduler.pending).toBe(false);
  });

  it('loads each later batch with the values the document holds by then', () => {
    const { network, storeA, storeB, scheduler, ids } = setUp();
    const far = ids[5] as TLShapeId;
    const gone = ids[4] as TLShapeId;
    const first = ids[0] as TLShapeId;
    storeA.update(far, (shape) => ({ ...shape, x: 123_456 }));
    storeA.remove([gone]);
    storeA.update(first, (shape) => ({ ...shape, y: 77 }));
    const created = createFrame(storeA, 'new', page.id, { x: 10 });
    storeA.put([created]);
    network.deliverAll();

    // A change to a loaded record applies at once; records not loaded yet wait.
    expect(storeB.get(first)?.y).toBe(77);
    expect(storeB.has(created.id)).toBe(false);
    while (scheduler.pending) scheduler.step();

    expect(storeB.get(far)).toEqual(storeA.get(far));
    expect(storeB.has(gone)).toBe(false);
    expect(storeB.get(created.id)).toEqual(created);
    expect(storeB.serialize('document')).toEqual(storeA.serialize('document'));
  });

  it('writes the person’s edits of loaded records while the rest still loads, without echoes', () => {
    const { network, docB, storeA, storeB, b, scheduler, ids } = setUp();
    const origins: unknown[] = [];
    docB.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changed.size > 0) origins.push(transaction.origin);
    });
    const userChanges: string[] = [];
    storeB.listen((entry) => userChanges.push(...Object.keys(entry.changes.added)), {
      source: 'user',
      scope: 'document',
    });
    const first = ids[0] as TLShapeId;
    storeB.update(first, (shape) => ({ ...shape, x: -50 }));
    scheduler.step();
    network.deliverAll();

    expect(origins).toEqual([b.origins.user]);
    expect(storeA.get(first)?.x).toBe(-50);
    while (scheduler.pending) scheduler.step();
    // Batches arrive as remote changes: nothing loaded enters the person's history.
    expect(userChanges).toEqual([]);
    expect(createKeyValueRecordMap(docB).get(first)).toEqual(storeB.get(first));
  });

  it('stops loading when destroyed', () => {
    const { storeB, b, scheduler, ids } = setUp();
    b.destroy();
    expect(scheduler.cancelled).toBe(1);
    expect(scheduler.pending).toBe(false);
    expect(shapeIdsIn(storeB)).toEqual([ids[0]]);
    expect(b.loaded).toBe(false);
  });

  it('loads everything at once when the plan has one batch, and leaves out no record', () => {
    const network = createNetwork(1);
    const [doc] = network.docs as [Y.Doc];
    const seed = createTestStore();
    seed.put([document, page, createFrame(seed, 'x', page.id)]);
    bindStoreToDoc(seed, doc).destroy();
    const scheduler = manualScheduler();
    const store = createTestStore();
    // A plan that forgets records: they still load (with the last batch).
    const binding = bindStoreToDoc(store, doc, {
      loadInBatches: { plan: () => [[page.id]], schedule: scheduler.schedule },
    });
    cleanups.push(() => binding.destroy());
    expect(binding.loaded).toBe(true);
    expect(scheduler.pending).toBe(false);
    expect(store.serialize('document')).toEqual(seed.serialize('document'));
    expect(shapeIdsIn(store)).toEqual(['shape:x']);
  });
});
