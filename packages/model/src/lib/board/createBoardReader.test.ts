import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, laneIds } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { EVERY_OPERATION, prepareBoard } from '../../test/everyOperation.js';
import { seededRandom } from '../../testing/index.js';
import { ModelError } from '../core/ModelError.js';
import { addItem } from '../roadmap/addItem.js';
import { deleteItem } from '../roadmap/deleteItem.js';
import { addDependency, removeDependency } from '../roadmap/dependencyOperations.js';
import { addLane, deleteLane } from '../roadmap/laneOperations.js';
import { moveItem } from '../roadmap/moveItem.js';
import { readRoadmap } from '../roadmap/readRoadmap.js';
import { addRelease } from '../roadmap/releaseOperations.js';
import { updateItem } from '../roadmap/updateItem.js';
import { createBoardReader, readBoard } from './readBoard.js';

describe('createBoardReader', () => {
  it('reads what readBoard reads after every named operation, and after undoing it', () => {
    for (const operation of EVERY_OPERATION) {
      const board = prepareBoard(3);
      const read = createBoardReader();
      const undo = new Y.UndoManager(board.doc.getMap('items'), {
        trackedOrigins: new Set([board.ctx.origin]),
      });
      expect(read(board.doc)).toEqual(readBoard(board.doc));
      operation.run(board, board.ctx);
      expect(read(board.doc), operation.name).toEqual(readBoard(board.doc));
      undo.undo();
      expect(read(board.doc), `${operation.name}, undone`).toEqual(readBoard(board.doc));
    }
  });

  it('reads again only the items a change touched', () => {
    const { doc, ctx } = createTestBoard(5);
    const ids = Array.from({ length: 50 }, (_, index) => addItem(doc, { title: `${index}` }, ctx));
    const read = createBoardReader();
    const before = read(doc);
    if (before.kind !== 'roadmap') throw new Error('not a roadmap');
    updateItem(doc, at(ids, 7), { tags: ['growth'] }, ctx);
    const after = read(doc);
    if (after.kind !== 'roadmap') throw new Error('not a roadmap');
    const tagsOf = (view: typeof before, id: string) =>
      view.items.find((item) => item.id === id)?.tags;
    // Untouched items' fields are the remembered ones, not read again.
    expect(tagsOf(after, at(ids, 8))).toBe(tagsOf(before, at(ids, 8)));
    expect(tagsOf(after, at(ids, 7))).toEqual(['growth']);
    expect(after).toEqual(readBoard(doc));
  });

  it('reads afresh inside a transaction, before the change is observed', () => {
    const { doc, ctx } = createTestBoard(6);
    const id = addItem(doc, { title: 'Before' }, ctx);
    const read = createBoardReader();
    read(doc);
    doc.transact(() => {
      updateItem(doc, id, { title: 'During', description: 'Line one\nLine two' }, ctx);
      expect(read(doc)).toEqual(readRoadmap(doc));
    });
    expect(read(doc)).toEqual(readBoard(doc));
  });

  it('stays equal to readBoard on every replica through seeded concurrent edits', () => {
    const random = seededRandom(42);
    const { network, replicas, contexts } = createTestReplicas(3, 42, { lanes: ['A', 'B'] });
    const readers = replicas.map(() => createBoardReader());
    const pick = <T>(values: readonly T[]): T | undefined =>
      values[Math.floor(random() * values.length)];
    for (let step = 0; step < 400; step++) {
      const index = Math.floor(random() * replicas.length);
      const doc = at(replicas, index);
      const ctx = at(contexts, index);
      const view = readRoadmap(doc);
      const item = pick(view.items)?.id ?? '';
      const other = pick(view.items)?.id ?? '';
      const lane = pick(laneIds(view)) ?? '';
      const roll = random();
      try {
        if (roll < 0.25 || view.items.length < 3)
          addItem(doc, { title: `Item ${step}`, lane }, ctx);
        else if (roll < 0.45) moveItem(doc, item, { lane, index: 0 }, ctx);
        else if (roll < 0.6) updateItem(doc, item, { title: `Title ${step}`, tags: ['x'] }, ctx);
        else if (roll < 0.68) updateItem(doc, item, { description: `Text ${step}` }, ctx);
        else if (roll < 0.76) addDependency(doc, item, other, ctx);
        else if (roll < 0.8) removeDependency(doc, item, other, ctx);
        else if (roll < 0.87) deleteItem(doc, item, ctx);
        else if (roll < 0.9) addLane(doc, { name: `Lane ${step}` }, ctx);
        else if (roll < 0.92) deleteLane(doc, lane, {}, ctx);
        else if (roll < 0.95) {
          const release = addRelease(doc, { name: `v${step}`, date: '2026-06-30' }, ctx);
          updateItem(doc, item, { releaseId: release }, ctx);
        } else updateItem(doc, item, { startDate: '2026-03-01', endDate: '2026-03-09' }, ctx);
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
      }
      if (random() < 0.5) network.deliverSome(1 + Math.floor(random() * 4));
      replicas.forEach((replica, at) => {
        expect(readers[at]?.(replica), `replica ${at}, step ${step}`).toEqual(readBoard(replica));
      });
    }
    network.deliverAll();
    replicas.forEach((replica, at) => expect(readers[at]?.(replica)).toEqual(readBoard(replica)));
  });
});
