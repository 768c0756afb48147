import type { SerializedSchemaV2 } from '@tldraw/store';
import type { TLRecord } from '@tldraw/tlschema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createFrame,
  createNetwork,
  createPageRecords,
  createTestStore,
  RELAY_ORIGIN,
} from '../test/canvasTestHelpers.js';
import { bindStoreToDoc } from './bindStoreToDoc.js';
import type { CanvasBindingStatus } from './CanvasBindingStatus.js';
import { CANVAS_META, CANVAS_META_KEYS } from './canvasRoots.js';
import { createKeyValueRecordMap } from './createKeyValueRecordMap.js';

const { document, page } = createPageRecords();
const FRAME = 'com.tldraw.shape.frame';

function withSequence(
  schema: SerializedSchemaV2,
  sequenceId: string,
  version: number,
): SerializedSchemaV2 {
  return { ...schema, sequences: { ...schema.sequences, [sequenceId]: version } };
}

/** A document written by another client with `schema`, holding `records` as that client wrote them. */
function documentWrittenWith(schema: unknown, records: readonly object[]): Y.Doc {
  const doc = new Y.Doc();
  const map = createKeyValueRecordMap(doc);
  doc.transact(() => {
    doc.getMap(CANVAS_META).set(CANVAS_META_KEYS.schema, schema);
    for (const record of records) map.set((record as TLRecord).id, record);
  }, RELAY_ORIGIN);
  return doc;
}

describe('bindStoreToDoc and the document schema', () => {
  const current = createTestStore().schema.serialize();
  const frame = createFrame(createTestStore(), 'f1', page.id);
  /** The frame as a client at frame version 0 wrote it: before `color` existed. */
  const oldFrame = {
    ...frame,
    props: { w: frame.props.w, h: frame.props.h, name: frame.props.name },
  };

  it('makes a client with an older schema read-only and asks for a reload', () => {
    const newer = withSequence(current, FRAME, 2);
    const doc = documentWrittenWith(newer, [
      document,
      page,
      { ...frame, props: { ...frame.props, label: 'x' } },
    ]);
    const before = Y.encodeStateVector(doc);
    const store = createTestStore();
    const binding = bindStoreToDoc(store, doc);
    expect(binding.status).toEqual({
      status: 'needs-reload',
      reason: 'document-schema-newer',
      localSchema: current,
      documentSchema: newer,
    });
    store.put([document, page, createFrame(store, 'mine', page.id)]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(store.has(frame.id)).toBe(false);
  });

  it('switches a connected client to needs-reload when a newer client upgrades the document', () => {
    const network = createNetwork(2);
    const [docA, docB] = network.docs as [Y.Doc, Y.Doc];
    const store = createTestStore();
    store.put([document, page]);
    const statuses: CanvasBindingStatus[] = [];
    const binding = bindStoreToDoc(store, docA, {
      onStatusChange: (status) => statuses.push(status),
    });
    network.deliverAll();
    docB.getMap(CANVAS_META).set(CANVAS_META_KEYS.schema, withSequence(current, FRAME, 2));
    network.deliverAll();
    expect(binding.status.status).toBe('needs-reload');
    expect(statuses.map((status) => status.status)).toEqual(['needs-reload']);
    const before = Y.encodeStateVector(docA);
    store.put([createFrame(store, 'late', page.id)]);
    expect(Y.encodeStateVector(docA)).toEqual(before);
    network.destroy();
  });

  it('migrates records written with an older schema up, and writes them and its schema back', () => {
    const older = withSequence(current, FRAME, 0);
    const doc = documentWrittenWith(older, [document, page, oldFrame]);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), RELAY_ORIGIN);
    const origins: unknown[] = [];
    // YKeyValue's observer runs an empty transaction of its own after each write; skip those.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changed.size > 0) origins.push(transaction.origin);
    });
    const store = createTestStore();
    const binding = bindStoreToDoc(store, doc, { bindingId: 'newer' });
    expect(binding.status).toEqual({ status: 'connected' });
    expect(store.get(frame.id)).toEqual(frame);
    expect(createKeyValueRecordMap(doc).get(frame.id)).toEqual(frame);
    expect(doc.getMap(CANVAS_META).get(CANVAS_META_KEYS.schema)).toEqual(current);
    expect(origins).toEqual([{ kind: 'canvas-migration', bindingId: 'newer', from: older }]);
    // Another client of the current schema gets the migrated records as they are.
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(replica)), RELAY_ORIGIN);
    const other = createTestStore();
    bindStoreToDoc(other, replica);
    expect(other.serialize('document')).toEqual(store.serialize('document'));
  });

  it('asks for a reload when the stored schema is not a schema', () => {
    const doc = documentWrittenWith({ schemaVersion: 7 }, [document]);
    const binding = bindStoreToDoc(createTestStore(), doc);
    expect(binding.status).toMatchObject({
      status: 'needs-reload',
      reason: 'document-schema-invalid',
    });
  });

  it('asks for a reload when the records cannot be migrated', () => {
    // Version -1 of the frame sequence never existed, so there is no path from it.
    const doc = documentWrittenWith({ schemaVersion: 2, sequences: { [FRAME]: -1 } }, [document]);
    const binding = bindStoreToDoc(createTestStore(), doc);
    expect(binding.status).toMatchObject({ status: 'needs-reload', reason: 'migration-failed' });
  });
});
