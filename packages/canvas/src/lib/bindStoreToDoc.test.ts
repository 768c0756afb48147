import type { HistoryEntry } from '@tldraw/store';
import type { TLRecord, TLStore } from '@tldraw/tlschema';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createFrame,
  createNetwork,
  createPageRecords,
  createTestStore,
  RELAY_ORIGIN,
} from '../test/canvasTestHelpers.js';
import { bindStoreToDoc } from './bindStoreToDoc.js';
import { CANVAS_META, CANVAS_META_KEYS } from './canvasRoots.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';

const { document, page } = createPageRecords();

/** Two replicas, each a store bound to its own document, joined by a network. */
function setUp() {
  const network = createNetwork(2);
  const [docA, docB] = network.docs as [Y.Doc, Y.Doc];
  const storeA = createTestStore();
  storeA.put([document, page]);
  const invalidA: string[] = [];
  const a = bindStoreToDoc(storeA, docA, {
    bindingId: 'a',
    onInvalidRecord: (id) => invalidA.push(id),
  });
  network.deliverAll();
  const storeB = createTestStore();
  const invalidB: string[] = [];
  const b = bindStoreToDoc(storeB, docB, {
    bindingId: 'b',
    onInvalidRecord: (id) => invalidB.push(id),
  });
  cleanups.push(() => {
    a.destroy();
    b.destroy();
    network.destroy();
  });
  return { network, docA, docB, storeA, storeB, a, b, invalidA, invalidB };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function recordTransactions(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0) origins.push(transaction.origin);
  });
  return origins;
}

function recordChanges(store: TLStore): Array<HistoryEntry<TLRecord>> {
  const entries: Array<HistoryEntry<TLRecord>> = [];
  store.listen((entry) => entries.push(entry), { source: 'all', scope: 'document' });
  return entries;
}

function docRecords(doc: Y.Doc) {
  return Object.fromEntries(createKeyValueRecordMap(doc).entries());
}

describe('bindStoreToDoc', () => {
  it('writes the first client’s schema and records into an empty document', () => {
    const { docA, storeA, a } = setUp();
    expect(a.status).toEqual({ status: 'connected' });
    expect(docA.getMap(CANVAS_META).get(CANVAS_META_KEYS.schema)).toEqual(
      storeA.schema.serialize(),
    );
    expect(docRecords(docA)).toEqual(storeA.serialize('document'));
  });

  it('writes a local change as one transaction with the binding’s user origin', () => {
    const { docA, storeA, a } = setUp();
    const origins = recordTransactions(docA);
    storeA.put([createFrame(storeA, 's1', page.id), createFrame(storeA, 's2', page.id)]);
    expect(origins).toEqual([a.origins.user]);
    expect(a.origins.user).toEqual({ kind: 'canvas-user', bindingId: 'a' });
    expect(docRecords(docA)).toEqual(storeA.serialize('document'));
  });

  it('applies a document change to the store as a remote change', () => {
    const { network, storeA, storeB } = setUp();
    expect(storeB.serialize('document')).toEqual(storeA.serialize('document'));
    const changesB = recordChanges(storeB);
    storeA.put([createFrame(storeA, 's1', page.id, { x: 40 })]);
    network.deliverAll();
    expect(storeB.serialize('document')).toEqual(storeA.serialize('document'));
    expect(changesB.map((entry) => entry.source)).toEqual(['remote']);
  });

  it('never echoes: one edit is one transaction per replica and one store change per store', () => {
    const { network, docA, docB, storeA, storeB } = setUp();
    const transactionsA = recordTransactions(docA);
    const transactionsB = recordTransactions(docB);
    const changesA = recordChanges(storeA);
    const changesB = recordChanges(storeB);
    const shape = createFrame(storeA, 's1', page.id);
    storeA.put([shape]);
    network.deliverAll();
    storeB.update(shape.id, (record) => ({ ...record, x: 99 }));
    network.deliverAll();
    expect(transactionsA.map(describeOrigin)).toEqual(['canvas-user', 'relay']);
    expect(transactionsB.map(describeOrigin)).toEqual(['relay', 'canvas-user']);
    expect(changesA.map((entry) => entry.source)).toEqual(['user', 'remote']);
    expect(changesB.map((entry) => entry.source)).toEqual(['remote', 'user']);
    expect(storeA.get(shape.id)?.x).toBe(99);
  });

  it('keeps remote changes out of the local person’s undo history (source remote, never user)', () => {
    const { network, storeA, storeB } = setUp();
    const userChangesB: unknown[] = [];
    storeB.listen((entry) => userChangesB.push(entry), { source: 'user', scope: 'all' });
    const historyBefore = storeB.history.get();
    storeA.put([createFrame(storeA, 's1', page.id)]);
    network.deliverAll();
    expect(storeB.has(createFrame(storeA, 's1', page.id).id)).toBe(true);
    // tldraw's undo (HistoryManager in @tldraw/editor) records only `source: 'user'` entries.
    expect(userChangesB).toEqual([]);
    expect(storeB.history.get()).toBeGreaterThan(historyBefore);
  });

  it('deletes records in both directions', () => {
    const { network, docA, docB, storeA, storeB } = setUp();
    const one = createFrame(storeA, 's1', page.id);
    const two = createFrame(storeA, 's2', page.id);
    storeA.put([one, two]);
    network.deliverAll();
    storeA.remove([one.id]);
    network.deliverAll();
    expect(storeB.has(one.id)).toBe(false);
    expect(docRecords(docB)[one.id]).toBeUndefined();
    storeB.remove([two.id]);
    network.deliverAll();
    expect(storeA.has(two.id)).toBe(false);
    expect(docRecords(docA)).toEqual(storeA.serialize('document'));
    expect(storeA.serialize('document')).toEqual(storeB.serialize('document'));
  });

  it('loads an existing document into an empty store without writing to it', () => {
    const { docA, storeA } = setUp();
    storeA.put([createFrame(storeA, 's1', page.id), createFrame(storeA, 's2', page.id, { x: 7 })]);
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(docA), RELAY_ORIGIN);
    const transactions = recordTransactions(late);
    const store = createTestStore();
    const changes = recordChanges(store);
    const binding = bindStoreToDoc(store, late);
    cleanups.push(() => binding.destroy());
    expect(binding.status).toEqual({ status: 'connected' });
    expect(store.serialize('document')).toEqual(storeA.serialize('document'));
    expect(transactions).toEqual([]);
    expect(changes.map((entry) => entry.source)).toEqual(['remote']);
  });

  it('replaces a store’s own records with the document’s when the document has a schema', () => {
    const { docA, storeA } = setUp();
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(docA), RELAY_ORIGIN);
    const store = createTestStore();
    const other = createPageRecords('other').page;
    store.put([other]);
    const binding = bindStoreToDoc(store, late);
    cleanups.push(() => binding.destroy());
    expect(store.has(other.id)).toBe(false);
    expect(store.serialize('document')).toEqual(storeA.serialize('document'));
  });

  it('stops syncing both ways after destroy', () => {
    const { network, docA, storeA, storeB, b } = setUp();
    b.destroy();
    expect(b.status).toEqual({ status: 'destroyed' });
    const shape = createFrame(storeA, 's1', page.id);
    storeA.put([shape]);
    network.deliverAll();
    expect(storeB.has(shape.id)).toBe(false);
    storeB.put([createFrame(storeB, 's2', page.id)]);
    network.deliverAll();
    expect(Object.keys(docRecords(docA))).not.toContain('shape:s2');
  });

  it('skips a document record that fails validation and keeps the rest', () => {
    const { docA, storeB, network, invalidA, invalidB } = setUp();
    const invalid: string[] = [];
    const storeC = createTestStore();
    const docC = new Y.Doc();
    Y.applyUpdate(docC, Y.encodeStateAsUpdate(docA), RELAY_ORIGIN);
    const c = bindStoreToDoc(storeC, docC, { onInvalidRecord: (id) => invalid.push(id) });
    cleanups.push(() => c.destroy());
    const good = createFrame(storeB, 'good', page.id);
    docA.transact(() => {
      const records = createKeyValueRecordMap(docA);
      records.set('shape:bad', { ...good, id: 'shape:bad', x: 'not a number' });
      records.set(good.id, good);
    });
    network.deliverAll();
    Y.applyUpdate(docC, Y.encodeStateAsUpdate(docA), RELAY_ORIGIN);
    expect(storeB.has(good.id)).toBe(true);
    expect(storeC.has(good.id)).toBe(true);
    expect(invalid).toEqual(['shape:bad']);
    expect(invalidA).toEqual(['shape:bad']);
    expect(invalidB).toEqual(['shape:bad']);
  });
});

function describeOrigin(origin: unknown): string {
  if (origin === RELAY_ORIGIN) return 'relay';
  if (typeof origin === 'object' && origin !== null && 'kind' in origin) return String(origin.kind);
  return String(origin);
}
