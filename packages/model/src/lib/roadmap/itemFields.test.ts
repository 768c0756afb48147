import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemOf } from '../../test/boardQueries.js';
import { createTestBoard } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { richTextOf } from '../core/richText.js';
import { ITEM_FIELDS } from '../core/schema.js';
import { addItem } from './addItem.js';
import type { ItemFieldsInput } from './itemFields.js';
import { itemMap } from './itemMap.js';
import { readRoadmap } from './readRoadmap.js';
import { addRelease } from './releaseOperations.js';
import { ROADMAP_LIMITS, type ItemHealth } from './roadmapSchema.js';
import { updateItem } from './updateItem.js';

describe('item plan fields', () => {
  it('starts an item on track, unscheduled, unscored, in no release', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'Billing' }, ctx);
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      startDate: null,
      endDate: null,
      health: 'on-track',
      releaseId: null,
      dependencies: [],
      warnings: [],
      reach: null,
      impact: null,
      confidence: null,
      effort: null,
      value: null,
      riceScore: null,
      valueEffort: null,
    });
  });

  it('stores dates, health, release and scores, and computes RICE and value/effort', () => {
    const { doc, ctx } = createTestBoard();
    const release = addRelease(doc, { name: 'v2', date: '2026-06-30' }, ctx);
    const id = addItem(
      doc,
      {
        title: 'Billing',
        startDate: '2026-03-02',
        endDate: '2026-04-30',
        health: 'at-risk',
        releaseId: release,
        reach: 1200,
        impact: 2,
        confidence: 80,
        effort: 3,
        value: 9,
      },
      ctx,
    );
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      startDate: '2026-03-02',
      endDate: '2026-04-30',
      health: 'at-risk',
      releaseId: release,
      riceScore: 640,
      valueEffort: 3,
    });
  });

  it('rounds scores to two decimals', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(
      doc,
      { title: 'a', reach: 10, impact: 0.5, confidence: 50, effort: 3, value: 1 },
      ctx,
    );
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({ riceScore: 0.83, valueEffort: 0.33 });
  });

  it('clears optional fields with null', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(
      doc,
      { title: 'a', startDate: '2026-01-05', endDate: '2026-01-09', reach: 5, value: 3 },
      ctx,
    );
    updateItem(doc, id, { startDate: null, endDate: null, reach: null, value: null }, ctx);
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      startDate: null,
      endDate: null,
      reach: null,
      value: null,
    });
  });

  it('accepts a single-day item and checks a new end against the stored start', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a', startDate: '2026-05-04', endDate: '2026-05-04' }, ctx);
    expectRefused(doc, 'invalid', () => updateItem(doc, id, { endDate: '2026-05-03' }, ctx));
    expectRefused(doc, 'invalid', () => updateItem(doc, id, { startDate: '2026-05-05' }, ctx));
    updateItem(doc, id, { startDate: '2026-05-10', endDate: '2026-05-12' }, ctx);
    expect(itemOf(readRoadmap(doc), id)).toMatchObject({
      startDate: '2026-05-10',
      endDate: '2026-05-12',
    });
  });

  it.each<[string, ItemFieldsInput]>([
    ['a date in another format', { startDate: '03/02/2026' }],
    ['a date that does not exist', { endDate: '2026-02-30' }],
    ['a date with a time', { startDate: '2026-03-02T10:00' }],
    ['an end before the start', { startDate: '2026-03-02', endDate: '2026-03-01' }],
    ['an unknown health', { health: 'fine' as ItemHealth }],
    ['a negative reach', { reach: -1 }],
    ['a fractional reach', { reach: 1.5 }],
    ['a reach over the limit', { reach: ROADMAP_LIMITS.maxReach + 1 }],
    ['an impact off the scale', { impact: 1.5 }],
    ['a confidence over 100 %', { confidence: 101 }],
    ['a negative confidence', { confidence: -5 }],
    ['zero effort', { effort: 0 }],
    ['effort over the limit', { effort: ROADMAP_LIMITS.maxEffort + 1 }],
    ['an infinite effort', { effort: Number.POSITIVE_INFINITY }],
    ['a value of 0', { value: 0 }],
    ['a value of 11', { value: 11 }],
    ['a fractional value', { value: 2.5 }],
    ['a value that is not a number', { value: '5' as unknown as number }],
  ])('refuses %s', (_, fields) => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    expectRefused(doc, 'invalid', () => addItem(doc, { title: 'b', ...fields }, ctx));
    expectRefused(doc, 'invalid', () => updateItem(doc, id, fields, ctx));
  });

  it('refuses a release that is not on the board', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    expectRefused(doc, 'not-found', () => updateItem(doc, id, { releaseId: 'nope' }, ctx));
  });

  it('keeps the description as rich text and reads it as plain text', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a', description: ' First line\nsecond line ' }, ctx);
    const item = itemMap(doc, id);
    expect(item).toBeInstanceOf(Y.Map);
    expect(richTextOf(item as Y.Map<unknown>, ITEM_FIELDS.description)).toBeInstanceOf(
      Y.XmlFragment,
    );
    expect(itemOf(readRoadmap(doc), id).description).toBe('First line\nsecond line');
    updateItem(doc, id, { description: 'Rewritten' }, ctx);
    expect(itemOf(readRoadmap(doc), id).description).toBe('Rewritten');
    expect(itemMap(doc, 'missing')).toBeUndefined();
  });

  it('creates an empty rich-text description even without one', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'a' }, ctx);
    const fragment = richTextOf(itemMap(doc, id) as Y.Map<unknown>, ITEM_FIELDS.description);
    expect(fragment?.length).toBe(0);
  });
});
