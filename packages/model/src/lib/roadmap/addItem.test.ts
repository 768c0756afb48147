import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, cellIds, itemOf, laneIds } from '../../test/boardQueries.js';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addItem } from './addItem.js';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { deleteLane, moveLane } from './laneOperations.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { DEFAULT_HORIZONS, ITEM_FIELDS, LIMITS, type ItemStatus } from '../core/schema.js';

const NOW = DEFAULT_HORIZONS[0].id;

describe('addItem', () => {
  it('puts a new item in the first lane, in Now, with default fields', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const id = addItem(doc, { title: '  Onboarding  ' }, ctx);
    const view = readRoadmap(doc);
    const item = itemOf(view, id);
    expect(item).toMatchObject({
      title: 'Onboarding',
      description: '',
      status: 'planned',
      owner: '',
      tags: [],
      lane: at(view.lanes, 0).id,
      horizon: NOW,
    });
    expect(item.updatedAt).toBe(item.createdAt);
  });

  it('defaults to whichever lane is first now, not the first lane created', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const build = at(laneIds(readRoadmap(doc)), 1);
    moveLane(doc, build, 0, ctx);
    const id = addItem(doc, { title: 'Item' }, ctx);
    expect(itemOf(readRoadmap(doc), id).lane).toBe(build);
  });

  it('stores the given fields, trimming text and keeping each tag once', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(
      doc,
      {
        title: 'Billing',
        description: ' Move invoices to the new provider. ',
        status: 'in-progress',
        owner: ' Ada ',
        tags: ['payments', ' payments ', 'q3'],
      },
      ctx,
    );
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      description: 'Move invoices to the new provider.',
      status: 'in-progress',
      owner: 'Ada',
      tags: ['payments', 'q3'],
    });
  });

  it('appends to the end of its cell by default', () => {
    const { doc, ctx } = createTestBoard();
    const ids = ['First', 'Second', 'Third'].map((title) => addItem(doc, { title }, ctx));
    const view = readRoadmap(doc);
    expect(cellIds(view, at(view.lanes, 0).id, NOW)).toEqual(ids);
  });

  it('puts the item at the given index of the given cell, clamping past the end', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const lane = at(laneIds(readRoadmap(doc)), 1);
    const horizon = DEFAULT_HORIZONS[1].id;
    const cell = () => cellIds(readRoadmap(doc), lane, horizon);
    addItem(doc, { title: 'a', lane, horizon }, ctx);
    addItem(doc, { title: 'b', lane, horizon }, ctx);
    for (const index of [0, 1, 3, 2, 99]) {
      const id = addItem(doc, { title: `at ${index}`, lane, horizon, index }, ctx);
      const ids = cell();
      expect(ids.indexOf(id)).toBe(Math.min(index, ids.length - 1));
    }
  });

  it.each([
    ['an empty title', ''],
    ['a blank title', '   '],
    ['a title one character over the limit', 'x'.repeat(LIMITS.titleLength + 1)],
    ['a title of emoji one over the limit', '🧭'.repeat(LIMITS.titleLength + 1)],
  ])('refuses %s', (_, title) => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'invalid', () => addItem(doc, { title }, ctx));
  });

  it('refuses a missing title', () => {
    const { doc, ctx } = createTestBoard();
    const input = {} as { title: string };
    expectRefused(doc, 'invalid', () => addItem(doc, input, ctx));
  });

  it('counts the title limit in code points', () => {
    const { doc, ctx } = createTestBoard();
    const title = '🧭'.repeat(LIMITS.titleLength);
    const id = addItem(doc, { title }, ctx);
    expect(itemOf(readRoadmap(doc), id).title).toBe(title);
  });

  it('refuses an unknown status, over-long text and too many tags', () => {
    const { doc, ctx } = createTestBoard();
    const status = 'blocked' as ItemStatus;
    const tooManyTags = Array.from({ length: LIMITS.tagsPerItem + 1 }, (_, index) => `t${index}`);
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', status }, ctx));
    expectRefused(doc, 'invalid', () =>
      addItem(doc, { title: 'a', owner: 'x'.repeat(LIMITS.ownerLength + 1) }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addItem(doc, { title: 'a', description: 'x'.repeat(LIMITS.descriptionLength + 1) }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addItem(doc, { title: 'a', tags: ['x'.repeat(LIMITS.tagLength + 1)] }, ctx),
    );
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', tags: [' '] }, ctx));
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', tags: tooManyTags }, ctx));
  });

  it('refuses unknown lanes, deleted lanes and unknown horizons', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const build = at(laneIds(readRoadmap(doc)), 1);
    deleteLane(doc, build, {}, ctx);
    expectRefused(doc, 'not-found', () => addItem(doc, { title: 'a', lane: 'no-such-lane' }, ctx));
    expectRefused(doc, 'not-found', () => addItem(doc, { title: 'a', lane: build }, ctx));
    expectRefused(doc, 'not-found', () => addItem(doc, { title: 'a', horizon: 'someday' }, ctx));
  });

  it('refuses an index that is negative or not a whole number', () => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', index: -1 }, ctx));
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', index: 0.5 }, ctx));
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'a', index: Number.NaN }, ctx));
  });

  it('regression: inserting next to an item whose new placement is still in flight does not throw', () => {
    // Out-of-order delivery can apply the delete of an item's old placement before the update
    // that sets the new one, so the item shows in the first cell without an order key.
    const { doc: alice, ctx } = createTestBoard(5);
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    const updates: Uint8Array[] = [];
    alice.on('update', (update: Uint8Array) => updates.push(update));
    const inFlight = addItem(alice, { title: 'in flight' }, ctx);
    addItem(alice, { title: 'not yet delivered' }, ctx);
    moveItem(alice, inFlight, { horizon: DEFAULT_HORIZONS[1].id }, ctx);
    const [created, skipped, moved] = updates;
    if (!created || !skipped || !moved) throw new Error('Expected three updates.');
    Y.applyUpdate(bob, created);
    Y.applyUpdate(bob, moved);
    const halfSynced = childMap(boardMaps(bob).items, inFlight);
    expect(halfSynced).toBeInstanceOf(Y.Map);
    expect(halfSynced?.get(ITEM_FIELDS.placement)).toBeUndefined();

    const bobCtx = testContext(6);
    const first = addItem(bob, { title: 'first', index: 0 }, bobCtx);
    const view = readRoadmap(bob);
    expect(cellIds(view, at(view.lanes, 0).id, NOW)).toEqual([first, inFlight]);

    Y.applyUpdate(bob, skipped);
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(readRoadmap(alice)).toEqual(readRoadmap(bob));
  });

  it('refuses a document that is not an initialised board', () => {
    const doc = new Y.Doc();
    expectRefused(doc, 'not-found', () => addItem(doc, { title: 'a' }, testContext(1)));
  });
});
