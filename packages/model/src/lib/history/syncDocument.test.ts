import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prepareBoard } from '../../test/everyOperation.js';
import { createTestReplicas, TEST_ORIGIN, testContext } from '../../test/createTestBoard.js';
import { readBoard } from '../board/readBoard.js';
import { richTextOf, writeRichTextPlain } from '../core/richText.js';
import { FACILITATION } from '../facilitation/facilitationSchema.js';
import { addItem } from '../roadmap/addItem.js';
import { deleteItem } from '../roadmap/deleteItem.js';
import { itemMap } from '../roadmap/itemMap.js';
import { addLane, deleteLane } from '../roadmap/laneOperations.js';
import { moveItem } from '../roadmap/moveItem.js';
import { updateItem } from '../roadmap/updateItem.js';
import { seededRandom } from '../../testing/seededEnv.js';
import { readBoardState, restoreBoardState } from './restoreBoardState.js';
import { syncDocument } from './syncDocument.js';

/** Every root as JSON, but the server-owned facilitation state. */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const roots: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) {
    if (name !== FACILITATION) roots[name] = doc.getMap(name).toJSON();
  }
  return roots;
}

function itemOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  const item = itemMap(doc, id);
  if (!item) throw new Error(`No item ${id}`);
  return item;
}

function describeItem(doc: Y.Doc, id: string, text: string): void {
  doc.transact(() => writeRichTextPlain(itemOf(doc, id), 'description', text));
}

function updatesDuring(doc: Y.Doc, act: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  act();
  doc.off('update', record);
  return updates;
}

describe('restoreBoardState', () => {
  it('brings back items, lanes, fields and rich text as the version had them', () => {
    const { doc, ctx, items, lanes } = prepareBoard(3);
    describeItem(doc, items[0], 'First line\nSecond line');
    const version = Y.encodeStateAsUpdate(doc);
    const expected = readBoardState(version);

    updateItem(doc, items[0], { title: 'Changed', status: 'shipped', endDate: '2026-12-01' }, ctx);
    moveItem(doc, items[1], { lane: lanes[0], horizon: 'later' }, ctx);
    describeItem(doc, items[0], 'First line\nSecond line, edited');
    addItem(doc, { title: 'Added later' }, ctx);
    deleteLane(doc, lanes[1], {}, ctx);
    addLane(doc, { name: 'Ops' }, ctx);

    restoreBoardState(doc, version, ctx);
    expect(readBoard(doc)).toEqual(expected);
    expect(contentOf(doc)).toEqual(contentOf(documentOf(version)));
  });

  it('brings back a deleted item with its fields', () => {
    const { doc, ctx, items } = prepareBoard(4);
    updateItem(doc, items[0], { owner: 'Ana', tags: ['x', 'y'] }, ctx);
    const version = Y.encodeStateAsUpdate(doc);
    deleteItem(doc, items[0], ctx);
    restoreBoardState(doc, version, ctx);
    expect(readBoard(doc)).toEqual(readBoardState(version));
  });

  it('writes nothing when the board already equals the version', () => {
    const { doc, ctx } = prepareBoard(5);
    const version = Y.encodeStateAsUpdate(doc);
    expect(updatesDuring(doc, () => restoreBoardState(doc, version, ctx))).toEqual([]);
  });

  it('writes only the difference, in one update, and keeps an edited paragraph in place', () => {
    const { doc, ctx, items } = prepareBoard(6);
    describeItem(doc, items[0], 'Alpha\nBeta\nGamma');
    const version = Y.encodeStateAsUpdate(doc);
    const fragment = richTextOf(itemOf(doc, items[0]), 'description');
    const beta = fragment?.get(1) as Y.XmlElement;
    (beta.get(0) as Y.XmlText).insert(4, '!');
    updateItem(doc, items[1], { title: 'Renamed' }, ctx);
    const before = Y.encodeStateAsUpdate(doc).length;
    const updates = updatesDuring(doc, () => restoreBoardState(doc, version, ctx));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.length).toBeLessThan(before / 4);
    expect(readBoard(doc)).toEqual(readBoardState(version));
    expect(fragment?.get(1)).toBe(beta);
  });

  it('leaves the facilitation state alone', () => {
    const { doc, ctx } = prepareBoard(7);
    const version = Y.encodeStateAsUpdate(doc);
    doc.getMap(FACILITATION).set('timer', { endsAt: 5 });
    restoreBoardState(doc, version, ctx);
    expect(doc.getMap(FACILITATION).get('timer')).toEqual({ endsAt: 5 });
  });

  it('refuses a board written by a newer schema', () => {
    const { doc, ctx } = prepareBoard(8);
    const version = Y.encodeStateAsUpdate(doc);
    doc.getMap('meta').set('schemaVersion', 99);
    expect(() => restoreBoardState(doc, version, ctx)).toThrow(/newer Cairn/);
  });

  it('fills an empty document, as a copy of a board', () => {
    const { doc } = prepareBoard(9);
    const copy = new Y.Doc();
    restoreBoardState(copy, Y.encodeStateAsUpdate(doc), testContext(1));
    expect(readBoard(copy)).toEqual(readBoard(doc));
  });

  it('converges with edits made concurrently on other replicas', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { network, replicas, contexts } = createTestReplicas(3, seed, { lanes: ['A', 'B'] });
      const [first, second, third] = replicas as [Y.Doc, Y.Doc, Y.Doc];
      const [ctx1, ctx2, ctx3] = contexts as [
        (typeof contexts)[0],
        (typeof contexts)[0],
        (typeof contexts)[0],
      ];
      const kept = addItem(first, { title: 'Kept' }, ctx1);
      const touched = addItem(first, { title: 'Touched', status: 'planned' }, ctx1);
      network.deliverAll();
      const version = Y.encodeStateAsUpdate(first);
      updateItem(first, touched, { status: 'shipped', title: 'Shipped' }, ctx1);
      network.deliverAll();
      // While the first replica rolls back, the others edit.
      restoreBoardState(first, version, ctx1);
      updateItem(second, kept, { owner: 'Bo' }, ctx2);
      const added = addItem(third, { title: 'Concurrent' }, ctx3);
      updateItem(third, touched, { health: 'at-risk' }, ctx3);
      network.deliverAll();
      const views = replicas.map((replica) => readBoard(replica));
      expect(views[1]).toEqual(views[0]);
      expect(views[2]).toEqual(views[0]);
      const items = new Map(views[0]?.items.map((entry) => [entry.id, entry]));
      expect(items.get(kept)).toMatchObject({ owner: 'Bo' });
      expect(items.get(added)).toMatchObject({ title: 'Concurrent' });
      expect(items.get(touched)).toMatchObject({ title: 'Touched', status: 'planned' });
    }
  });

  it('restores random earlier states of a board exactly', () => {
    const random = seededRandom(42);
    const { doc, ctx, lanes } = prepareBoard(10);
    const ids: string[] = [];
    const snapshots: Uint8Array[] = [];
    for (let step = 0; step < 120; step++) {
      const roll = random();
      const id = ids[Math.floor(random() * ids.length)];
      if (roll < 0.3 || id === undefined) ids.push(addItem(doc, { title: `i${step}` }, ctx));
      else if (roll < 0.45) {
        deleteItem(doc, id, ctx);
        ids.splice(ids.indexOf(id), 1);
      } else if (roll < 0.6) moveItem(doc, id, { lane: lanes[step % 2], index: 0 }, ctx);
      else if (roll < 0.8) updateItem(doc, id, { title: `t${step}`, tags: [`g${step % 3}`] }, ctx);
      else describeItem(doc, id, `d${step}\nline ${step % 5}`);
      if (step % 10 === 9) snapshots.push(Y.encodeStateAsUpdate(doc));
    }
    for (const snapshot of [...snapshots].reverse()) {
      restoreBoardState(doc, snapshot, ctx);
      expect(contentOf(doc)).toEqual(contentOf(documentOf(snapshot)));
    }
  });
});

describe('syncDocument', () => {
  it('syncs roots of every shared type, including roots never read before', () => {
    const source = new Y.Doc();
    source.getArray<unknown>('records').push([
      { key: 'a', val: 1 },
      { key: 'b', val: 2 },
    ]);
    source.getText('notes').insert(0, 'hello world');
    source.getXmlFragment('rich').insert(0, [new Y.XmlElement('paragraph')]);
    const earlier = new Y.Doc();
    earlier.getArray<unknown>('records').push([
      { key: 'b', val: 2 },
      { key: 'c', val: 3 },
    ]);
    earlier.getText('notes').insert(0, 'hello there');
    earlier.getMap('extra').set('x', 1);
    // Received but never read: Yjs keeps the roots untyped until someone asks for them.
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(earlier));
    syncDocument(target, source, TEST_ORIGIN);
    expect(target.getArray('records').toJSON()).toEqual([
      { key: 'a', val: 1 },
      { key: 'b', val: 2 },
    ]);
    expect(target.getText('notes').toJSON()).toBe('hello world');
    expect(target.getXmlFragment('rich').toJSON()).toBe('<paragraph></paragraph>');
    expect(target.getMap('extra').toJSON()).toEqual({});
  });
});

function documentOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
