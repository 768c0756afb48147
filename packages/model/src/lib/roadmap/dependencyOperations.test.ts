import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, itemOf } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { addItem } from './addItem.js';
import { deleteItem } from './deleteItem.js';
import { addDependency, removeDependency } from './dependencyOperations.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { ROADMAP_ITEM_FIELDS, ROADMAP_LIMITS } from './roadmapSchema.js';
import { updateItem } from './updateItem.js';

function threeItems(seed = 1) {
  const { doc, ctx } = createTestBoard(seed);
  const [a, b, c] = ['a', 'b', 'c'].map((title) => addItem(doc, { title }, ctx)) as [
    string,
    string,
    string,
  ];
  return { doc, ctx, a, b, c };
}

describe('dependencies', () => {
  it('adds and removes dependencies one at a time, sorted in the view', () => {
    const { doc, ctx, a, b, c } = threeItems();
    addDependency(doc, a, c, ctx);
    addDependency(doc, a, b, ctx);
    addDependency(doc, a, b, ctx);
    expect(itemOf(readRoadmap(doc), a).dependencies).toEqual([b, c].sort());
    removeDependency(doc, a, c, ctx);
    removeDependency(doc, a, c, ctx);
    expect(itemOf(readRoadmap(doc), a).dependencies).toEqual([b]);
  });

  it('replaces the set through updateItem and addItem', () => {
    const { doc, ctx, a, b, c } = threeItems();
    const d = addItem(doc, { title: 'd', dependencies: [a, b, a] }, ctx);
    expect(itemOf(readRoadmap(doc), d).dependencies).toEqual([a, b].sort());
    updateItem(doc, d, { dependencies: [c] }, ctx);
    expect(itemOf(readRoadmap(doc), d).dependencies).toEqual([c]);
  });

  it('refuses itself, unknown items and a cycle, direct or not', () => {
    const { doc, ctx, a, b, c } = threeItems();
    addDependency(doc, a, b, ctx);
    addDependency(doc, b, c, ctx);
    expectRefused(doc, 'invalid', () => addDependency(doc, a, a, ctx));
    expectRefused(doc, 'not-found', () => addDependency(doc, a, 'nope', ctx));
    expectRefused(doc, 'not-found', () => addDependency(doc, 'nope', a, ctx));
    expectRefused(doc, 'invalid', () => addDependency(doc, b, a, ctx));
    expectRefused(doc, 'invalid', () => addDependency(doc, c, a, ctx));
    expectRefused(doc, 'invalid', () => updateItem(doc, c, { dependencies: [a] }, ctx));
    expectRefused(doc, 'invalid', () => updateItem(doc, a, { dependencies: [a] }, ctx));
    expectRefused(doc, 'not-found', () =>
      addItem(doc, { title: 'x', dependencies: ['nope'] }, ctx),
    );
  });

  it('refuses more dependencies than an item may have', () => {
    const { doc, ctx } = createTestBoard();
    const others = Array.from({ length: ROADMAP_LIMITS.dependenciesPerItem + 1 }, (_, i) =>
      addItem(doc, { title: `t${i}` }, ctx),
    );
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'x', dependencies: others }, ctx));
    const id = addItem(doc, { title: 'x', dependencies: others.slice(1) }, ctx);
    expectRefused(doc, 'invalid', () => addDependency(doc, id, at(others, 0), ctx));
  });

  it('drops dependencies on an item when it is deleted', () => {
    const { doc, ctx, a, b } = threeItems();
    addDependency(doc, a, b, ctx);
    deleteItem(doc, b, ctx);
    expect(itemOf(readRoadmap(doc), a).dependencies).toEqual([]);
  });

  it('reads a dependency on a missing item as gone', () => {
    const { doc, a } = threeItems();
    doc.transact(() => {
      const set = new Y.Map<unknown>();
      set.set('gone-item', true);
      childMap(boardMaps(doc).items, a)?.set(ROADMAP_ITEM_FIELDS.dependencies, set);
    });
    expect(itemOf(readRoadmap(doc), a)).toMatchObject({ dependencies: [], warnings: [] });
  });

  it('warns where an item starts before a dependency ends, by dates', () => {
    const { doc, ctx, a, b, c } = threeItems();
    updateItem(doc, b, { startDate: '2026-03-01', endDate: '2026-03-31' }, ctx);
    updateItem(doc, a, { startDate: '2026-03-31', dependencies: [b] }, ctx);
    updateItem(doc, c, { startDate: '2026-04-01', dependencies: [b] }, ctx);
    const view = readRoadmap(doc);
    expect(itemOf(view, a).warnings).toEqual([
      { dependsOn: b, reason: 'starts-before-dependency-ends' },
    ]);
    expect(itemOf(view, c).warnings).toEqual([]);
  });

  it('warns where an item sits in an earlier horizon than a dependency', () => {
    const { doc, ctx, a, b } = threeItems();
    moveItem(doc, b, { horizon: 'next' }, ctx);
    addDependency(doc, a, b, ctx);
    expect(itemOf(readRoadmap(doc), a).warnings).toEqual([
      { dependsOn: b, reason: 'earlier-horizon' },
    ]);
    moveItem(doc, a, { horizon: 'later' }, ctx);
    expect(itemOf(readRoadmap(doc), a).warnings).toEqual([]);
  });

  it('tolerates a cycle made by concurrent edits, and flags it on both items', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 41);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const a = addItem(alice, { title: 'a' }, at(contexts, 0));
    const b = addItem(alice, { title: 'b' }, at(contexts, 0));
    network.deliverAll();
    addDependency(alice, a, b, at(contexts, 0));
    addDependency(bob, b, a, at(contexts, 1));
    network.deliverAll();
    const view = readRoadmap(alice);
    expect(view).toEqual(readRoadmap(bob));
    expect(itemOf(view, a).warnings).toEqual([{ dependsOn: b, reason: 'cycle' }]);
    expect(itemOf(view, b).warnings).toEqual([{ dependsOn: a, reason: 'cycle' }]);
    // Breaking the cycle is always allowed.
    removeDependency(alice, a, b, at(contexts, 0));
    expect(itemOf(readRoadmap(alice), b).warnings).toEqual([]);
  });

  it('keeps both dependencies two people add at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 42);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const [a, b, c] = ['a', 'b', 'c'].map((title) => addItem(alice, { title }, at(contexts, 0)));
    network.deliverAll();
    addDependency(alice, a as string, b as string, at(contexts, 0));
    addDependency(bob, a as string, c as string, at(contexts, 1));
    network.deliverAll();
    expect(itemOf(readRoadmap(bob), a as string).dependencies).toEqual([b, c].sort());
  });
});

describe('removeDependency', () => {
  it('runs as one transaction with the given origin, and none when there is nothing to remove', () => {
    const { doc, ctx, a, b } = threeItems();
    addDependency(doc, a, b, ctx);
    const origins: unknown[] = [];
    const record = (transaction: Y.Transaction) => origins.push(transaction.origin);
    doc.on('afterTransaction', record);
    removeDependency(doc, a, b, ctx);
    removeDependency(doc, a, b, ctx);
    doc.off('afterTransaction', record);
    expect(origins).toEqual([ctx.origin]);
  });
});
