import { describe, expect, it } from 'vitest';
import { at, cellIds, itemOf, laneIds } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { addLane, deleteLane, moveLane, renameLane } from './laneOperations.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { DEFAULT_HORIZONS, LIMITS } from '../core/schema.js';

const [NOW, NEXT] = DEFAULT_HORIZONS.map((horizon) => horizon.id) as [string, string, string];

function laneNames(doc: Parameters<typeof readRoadmap>[0]): string[] {
  return readRoadmap(doc).lanes.map((lane) => lane.name);
}

describe('addLane', () => {
  it('adds a lane at the end by default, or at the given index', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const ship = addLane(doc, { name: ' Ship ' }, ctx);
    expect(laneNames(doc)).toEqual(['Design', 'Build', 'Ship']);
    expect(at(laneIds(readRoadmap(doc)), 2)).toBe(ship);
    addLane(doc, { name: 'Research', index: 0 }, ctx);
    addLane(doc, { name: 'Review', index: 3 }, ctx);
    expect(laneNames(doc)).toEqual(['Research', 'Design', 'Build', 'Review', 'Ship']);
  });

  it('refuses a blank or over-long name and a lane past the limit', () => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'invalid', () => addLane(doc, { name: '  ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      addLane(doc, { name: 'x'.repeat(LIMITS.laneNameLength + 1) }, ctx),
    );
    while (readRoadmap(doc).lanes.length < LIMITS.lanesPerBoard)
      addLane(doc, { name: 'Lane' }, ctx);
    expectRefused(doc, 'invalid', () => addLane(doc, { name: 'One too many' }, ctx));
  });

  it('refuses an index that is negative or not a whole number', () => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'invalid', () => addLane(doc, { name: 'Ship', index: -1 }, ctx));
    expectRefused(doc, 'invalid', () => addLane(doc, { name: 'Ship', index: 0.5 }, ctx));
  });
});

describe('renameLane', () => {
  it('renames a live lane', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    renameLane(doc, at(laneIds(readRoadmap(doc)), 1), ' Engineering ', ctx);
    expect(laneNames(doc)).toEqual(['Design', 'Engineering']);
  });

  it('refuses unknown and deleted lanes and invalid names', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const [design, build] = laneIds(readRoadmap(doc)) as [string, string];
    deleteLane(doc, build, {}, ctx);
    expectRefused(doc, 'not-found', () => renameLane(doc, 'no-such-lane', 'x', ctx));
    expectRefused(doc, 'not-found', () => renameLane(doc, build, 'x', ctx));
    expectRefused(doc, 'invalid', () => renameLane(doc, design, '', ctx));
  });
});

describe('moveLane', () => {
  it('moves a lane to index i, for every lane and every i', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['A', 'B', 'C', 'D'] });
    for (const id of laneIds(readRoadmap(doc))) {
      for (let index = 0; index < 4; index++) {
        const others = laneIds(readRoadmap(doc)).filter((other) => other !== id);
        moveLane(doc, id, index, ctx);
        expect(laneIds(readRoadmap(doc))).toEqual([
          ...others.slice(0, index),
          id,
          ...others.slice(index),
        ]);
      }
    }
  });

  it('keeps items in their lane when the lane moves', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['A', 'B'] });
    const b = at(laneIds(readRoadmap(doc)), 1);
    const id = addItem(doc, { title: 'x', lane: b }, ctx);
    moveLane(doc, b, 0, ctx);
    expect(itemOf(readRoadmap(doc), id).lane).toBe(b);
  });

  it('refuses unknown and deleted lanes and bad indexes', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['A', 'B'] });
    const [a, b] = laneIds(readRoadmap(doc)) as [string, string];
    deleteLane(doc, b, {}, ctx);
    expectRefused(doc, 'not-found', () => moveLane(doc, b, 0, ctx));
    expectRefused(doc, 'not-found', () => moveLane(doc, 'no-such-lane', 0, ctx));
    expectRefused(doc, 'invalid', () => moveLane(doc, a, -1, ctx));
    expectRefused(doc, 'invalid', () => moveLane(doc, a, Number.NaN, ctx));
  });
});

describe('deleteLane', () => {
  it('removes the lane and moves its items, in order, after the first other lane’s items', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build', 'Ship'] });
    const [design, build, ship] = laneIds(readRoadmap(doc)) as [string, string, string];
    const kept = addItem(doc, { title: 'kept', lane: design }, ctx);
    const moving = ['m1', 'm2', 'm3'].map((title) => addItem(doc, { title, lane: build }, ctx));
    const movingNext = addItem(doc, { title: 'next', lane: build, horizon: NEXT }, ctx);
    const untouched = addItem(doc, { title: 'ship', lane: ship }, ctx);

    deleteLane(doc, build, {}, ctx);

    const view = readRoadmap(doc);
    expect(laneIds(view)).toEqual([design, ship]);
    expect(cellIds(view, design, NOW)).toEqual([kept, ...moving]);
    expect(cellIds(view, design, NEXT)).toEqual([movingNext]);
    expect(cellIds(view, ship, NOW)).toEqual([untouched]);
  });

  it('moves the items to the lane named by moveItemsTo', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build', 'Ship'] });
    const [design, build, ship] = laneIds(readRoadmap(doc)) as [string, string, string];
    const existing = addItem(doc, { title: 'ship', lane: ship }, ctx);
    const moving = ['m1', 'm2'].map((title) => addItem(doc, { title, lane: design }, ctx));

    deleteLane(doc, design, { moveItemsTo: ship }, ctx);

    const view = readRoadmap(doc);
    expect(laneIds(view)).toEqual([build, ship]);
    expect(cellIds(view, ship, NOW)).toEqual([existing, ...moving]);
  });

  it('refuses to delete the last lane, or to move items into the lane itself or a deleted lane', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['A', 'B', 'C'] });
    const [a, b, c] = laneIds(readRoadmap(doc)) as [string, string, string];
    deleteLane(doc, c, {}, ctx);
    expectRefused(doc, 'invalid', () => deleteLane(doc, a, { moveItemsTo: a }, ctx));
    expectRefused(doc, 'not-found', () => deleteLane(doc, a, { moveItemsTo: c }, ctx));
    expectRefused(doc, 'not-found', () => deleteLane(doc, a, { moveItemsTo: 'no-such-lane' }, ctx));
    expectRefused(doc, 'not-found', () => deleteLane(doc, c, {}, ctx));
    deleteLane(doc, b, {}, ctx);
    expectRefused(doc, 'conflict', () => deleteLane(doc, a, {}, ctx));
  });

  it('shows an item moved into a lane deleted concurrently elsewhere in the first live lane', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 41, {
      lanes: ['Design', 'Build', 'Ship'],
    });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const [, build, ship] = laneIds(readRoadmap(alice)) as [string, string, string];
    const id = addItem(alice, { title: 'Billing', lane: build }, at(contexts, 0));
    network.deliverAll();

    moveItem(alice, id, { lane: ship }, at(contexts, 0));
    deleteLane(bob, ship, { moveItemsTo: build }, at(contexts, 1));
    network.deliverAll();

    const view = readRoadmap(alice);
    expect(readRoadmap(bob)).toEqual(view);
    expect(laneIds(view)).not.toContain(ship);
    expect(itemOf(view, id).lane).toBe(at(view.lanes, 0).id);
  });

  it('still shows one lane holding every item when replicas delete all lanes at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 42, { lanes: ['A', 'B'] });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const [a, b] = laneIds(readRoadmap(alice)) as [string, string];
    const ids = [a, b].map((lane) => addItem(alice, { title: 'x', lane }, at(contexts, 0)));
    network.deliverAll();

    deleteLane(alice, a, {}, at(contexts, 0));
    deleteLane(bob, b, {}, at(contexts, 1));
    network.deliverAll();

    const view = readRoadmap(alice);
    expect(readRoadmap(bob)).toEqual(view);
    expect(view.lanes).toHaveLength(1);
    expect(view.items.map((item) => item.id).sort()).toEqual([...ids].sort());
    for (const item of view.items) expect(item.lane).toBe(at(view.lanes, 0).id);
    const added = addItem(alice, { title: 'after' }, at(contexts, 0));
    expect(itemOf(readRoadmap(alice), added).lane).toBe(at(view.lanes, 0).id);
  });
});
