import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { at, cellIds, cellOf, itemOf, laneIds } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { deleteLane } from './laneOperations.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { readPlacement } from './resolveLayout.js';
import { DEFAULT_HORIZONS, ITEM_FIELDS } from '../core/schema.js';

const [NOW, NEXT, LATER] = DEFAULT_HORIZONS.map((horizon) => horizon.id) as [
  string,
  string,
  string,
];

/** Overwrites the order key of `itemId` the way a racing replica's insert could leave it. */
function writeOrder(doc: Y.Doc, itemId: string, order: string): void {
  const item = childMap(boardMaps(doc).items, itemId);
  const placement = item && readPlacement(item);
  if (!item || !placement) throw new Error(`Item ${itemId} has no placement.`);
  item.set(ITEM_FIELDS.placement, { ...placement, order });
}

/** A board with `count` items in the first lane, Now, and one more item in Later to move. */
function boardWithCell(seed: number, count: number) {
  const { doc, ctx } = createTestBoard(seed, { lanes: ['Design', 'Build'] });
  const cell = Array.from({ length: count }, (_, index) =>
    addItem(doc, { title: `${index}` }, ctx),
  );
  const mover = addItem(doc, { title: 'mover', horizon: LATER }, ctx);
  const lane = at(laneIds(readRoadmap(doc)), 0);
  return { doc, ctx, cell, mover, lane };
}

describe('moveItem', () => {
  it('lands at index i of another cell, for every i', () => {
    for (let index = 0; index <= 4; index++) {
      const { doc, ctx, cell, mover, lane } = boardWithCell(index + 1, 3);
      moveItem(doc, mover, { horizon: NOW, index }, ctx);
      const ids = cellIds(readRoadmap(doc), lane, NOW);
      expect(ids.indexOf(mover)).toBe(Math.min(index, ids.length - 1));
      expect(ids.filter((id) => id !== mover)).toEqual(cell);
    }
  });

  it('lands at index i when moving within its own cell, for every item and every i', () => {
    const { doc, ctx, lane } = boardWithCell(7, 4);
    for (const id of cellIds(readRoadmap(doc), lane, NOW)) {
      for (let index = 0; index < 4; index++) {
        const others = cellIds(readRoadmap(doc), lane, NOW).filter((other) => other !== id);
        moveItem(doc, id, { index }, ctx);
        expect(cellIds(readRoadmap(doc), lane, NOW)).toEqual([
          ...others.slice(0, index),
          id,
          ...others.slice(index),
        ]);
      }
    }
  });

  it('lands at index i even when siblings share an order key', () => {
    for (let index = 0; index <= 4; index++) {
      const { doc, ctx, cell, mover, lane } = boardWithCell(index + 20, 4);
      const shared = itemOf(readRoadmap(doc), at(cell, 1)).order;
      writeOrder(doc, at(cell, 2), shared);
      const before = cellIds(readRoadmap(doc), lane, NOW);
      const orders = cellOf(readRoadmap(doc), lane, NOW).map((item) => item.order);
      expect(new Set(orders).size).toBe(cell.length - 1);

      moveItem(doc, mover, { lane, horizon: NOW, index }, ctx);

      const view = readRoadmap(doc);
      expect(cellIds(view, lane, NOW)).toEqual([
        ...before.slice(0, index),
        mover,
        ...before.slice(index),
      ]);
    }
  });

  it('lands at index i when three siblings share an order key', () => {
    for (let index = 0; index <= 5; index++) {
      const { doc, ctx, cell, mover, lane } = boardWithCell(index + 40, 5);
      const shared = itemOf(readRoadmap(doc), at(cell, 1)).order;
      writeOrder(doc, at(cell, 2), shared);
      writeOrder(doc, at(cell, 3), shared);
      const before = cellIds(readRoadmap(doc), lane, NOW);

      moveItem(doc, mover, { horizon: NOW, index }, ctx);

      expect(cellIds(readRoadmap(doc), lane, NOW)).toEqual([
        ...before.slice(0, index),
        mover,
        ...before.slice(index),
      ]);
    }
  });

  it('keeps the current lane and horizon when the target leaves them out, and goes to the end', () => {
    const { doc, ctx, mover } = boardWithCell(3, 2);
    const build = at(laneIds(readRoadmap(doc)), 1);
    moveItem(doc, mover, { lane: build }, ctx);
    expect(itemOf(readRoadmap(doc), mover)).toMatchObject({ lane: build, horizon: LATER });
    const other = addItem(doc, { title: 'other', lane: build, horizon: NEXT }, ctx);
    moveItem(doc, mover, { horizon: NEXT }, ctx);
    expect(cellIds(readRoadmap(doc), build, NEXT)).toEqual([other, mover]);
  });

  it('bumps updatedAt', () => {
    const { doc, ctx, mover } = boardWithCell(4, 1);
    const before = itemOf(readRoadmap(doc), mover).updatedAt;
    moveItem(doc, mover, { horizon: NEXT }, ctx);
    expect(itemOf(readRoadmap(doc), mover).updatedAt).toBeGreaterThan(before);
  });

  it('refuses unknown items, unknown or deleted lanes, unknown horizons and bad indexes', () => {
    const { doc, ctx, mover } = boardWithCell(5, 1);
    const build = at(laneIds(readRoadmap(doc)), 1);
    deleteLane(doc, build, {}, ctx);
    expectRefused(doc, 'not-found', () => moveItem(doc, 'no-such-item', { horizon: NOW }, ctx));
    expectRefused(doc, 'not-found', () => moveItem(doc, mover, { lane: build }, ctx));
    expectRefused(doc, 'not-found', () => moveItem(doc, mover, { lane: 'no-such-lane' }, ctx));
    expectRefused(doc, 'not-found', () => moveItem(doc, mover, { horizon: 'someday' }, ctx));
    expectRefused(doc, 'invalid', () => moveItem(doc, mover, { index: -1 }, ctx));
    expectRefused(doc, 'invalid', () => moveItem(doc, mover, { index: 1.5 }, ctx));
  });

  it('of two concurrent moves of one item, exactly one wins, lane and horizon together', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 31, {
      lanes: ['Design', 'Build'],
    });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(alice, { title: 'Billing' }, at(contexts, 0));
    network.deliverAll();
    const [design, build] = laneIds(readRoadmap(alice));

    moveItem(alice, id, { lane: build, horizon: NEXT }, at(contexts, 0));
    moveItem(bob, id, { lane: design, horizon: LATER }, at(contexts, 1));
    network.deliverAll();

    const view = readRoadmap(alice);
    expect(readRoadmap(bob)).toEqual(view);
    const { lane, horizon } = itemOf(view, id);
    expect([
      [build, NEXT],
      [design, LATER],
    ]).toContainEqual([lane, horizon]);
  });
});
