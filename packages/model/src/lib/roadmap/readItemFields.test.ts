import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { at, itemOf } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { ITEM_FIELDS } from '../core/schema.js';
import { addItem } from './addItem.js';
import { readRoadmap } from './readRoadmap.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';
import { updateItem } from './updateItem.js';

describe('readItemPlanFields', () => {
  it('reads foreign values of the wrong type or out of range as absent', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    doc.transact(() => {
      const item = childMap(boardMaps(doc).items, id) as Y.Map<unknown>;
      item.set(ROADMAP_ITEM_FIELDS.startDate, 20260101);
      item.set(ROADMAP_ITEM_FIELDS.endDate, '2026-02-31');
      item.set(ROADMAP_ITEM_FIELDS.health, 'great');
      item.set(ROADMAP_ITEM_FIELDS.releaseId, 12);
      item.set(ROADMAP_ITEM_FIELDS.dependencies, ['x']);
      item.set(ROADMAP_ITEM_FIELDS.reach, -3);
      item.set(ROADMAP_ITEM_FIELDS.impact, 7);
      item.set(ROADMAP_ITEM_FIELDS.confidence, '90');
      item.set(ROADMAP_ITEM_FIELDS.effort, 0);
      item.set(ROADMAP_ITEM_FIELDS.value, Number.NaN);
    });
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      startDate: null,
      endDate: null,
      health: 'on-track',
      releaseId: null,
      dependencies: [],
      reach: null,
      impact: null,
      confidence: null,
      effort: null,
      value: null,
      riceScore: null,
      valueEffort: null,
    });
  });

  it('reads a description stored as a plain string by an older client', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    doc.transact(() => childMap(boardMaps(doc).items, id)?.set(ITEM_FIELDS.description, 'Old'));
    expect(itemOf(readRoadmap(doc), id).description).toBe('Old');
    updateItem(doc, id, { description: 'New' }, ctx);
    expect(itemOf(readRoadmap(doc), id).description).toBe('New');
  });

  it('shows an item whose concurrent date edits crossed as ending on its start date', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 51);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addItem(
      alice,
      { title: 'a', startDate: '2026-03-01', endDate: '2026-03-10' },
      at(contexts, 0),
    );
    network.deliverAll();
    updateItem(alice, id, { startDate: '2026-03-08' }, at(contexts, 0));
    updateItem(bob, id, { endDate: '2026-03-05' }, at(contexts, 1));
    network.deliverAll();
    expect(readRoadmap(alice)).toEqual(readRoadmap(bob));
    expect(itemOf(readRoadmap(alice), id)).toMatchObject({
      startDate: '2026-03-08',
      endDate: '2026-03-08',
    });
  });
});
