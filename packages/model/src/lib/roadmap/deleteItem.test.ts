import { describe, expect, it } from 'vitest';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { deleteItem } from './deleteItem.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { updateItem } from './updateItem.js';

describe('deleteItem', () => {
  it('removes the item and leaves the others in order', () => {
    const { doc, ctx } = createTestBoard();
    const ids = ['a', 'b', 'c'].map((title) => addItem(doc, { title }, ctx));
    deleteItem(doc, at(ids, 1), ctx);
    expect(readRoadmap(doc).items.map((item) => item.id)).toEqual([at(ids, 0), at(ids, 2)]);
  });

  it('refuses an item that does not exist or is already deleted', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    deleteItem(doc, id, ctx);
    expectRefused(doc, 'not-found', () => deleteItem(doc, id, ctx));
    expectRefused(doc, 'not-found', () => deleteItem(doc, 'no-such-item', ctx));
  });

  it('wins over a concurrent edit or move of the same item', () => {
    const { network, replicas, contexts } = createTestReplicas(3, 21);
    const [alice, bob, carol] = [at(replicas, 0), at(replicas, 1), at(replicas, 2)];
    const id = addItem(alice, { title: 'Billing' }, at(contexts, 0));
    network.deliverAll();

    deleteItem(alice, id, at(contexts, 0));
    updateItem(bob, id, { title: 'Billing v2', tags: ['q3'] }, at(contexts, 1));
    moveItem(carol, id, { horizon: 'later' }, at(contexts, 2));
    network.deliverAll();

    for (const replica of replicas) expect(readRoadmap(replica).items).toEqual([]);
  });
});
