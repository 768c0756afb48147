import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at, cellIds, itemOf, laneIds } from '../../test/boardQueries.js';
import { createTestBoard } from '../../test/createTestBoard.js';
import { addItem } from './addItem.js';
import { boardMaps, childMap, type BoardMaps } from '../core/boardMaps.js';
import { moveItem } from './moveItem.js';
import { readRoadmap } from './readRoadmap.js';
import { updateItem } from './updateItem.js';
import { DEFAULT_HORIZONS, ITEM_FIELDS, LANE_FIELDS, META_FIELDS } from '../core/schema.js';

const [NOW, NEXT, LATER] = DEFAULT_HORIZONS.map((horizon) => horizon.id) as [
  string,
  string,
  string,
];

/**
 * Writes raw Yjs data into `doc` from a separate client that knows nothing of the model, the way
 * a third-party or buggy client could, and delivers it as an update.
 */
function writeAsForeignClient(doc: Y.Doc, write: (maps: BoardMaps) => void): void {
  const foreign = new Y.Doc();
  Y.applyUpdate(foreign, Y.encodeStateAsUpdate(doc));
  foreign.transact(() => write(boardMaps(foreign)));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign, Y.encodeStateVector(doc)));
}

function foreignItem(fields: Record<string, unknown>): Y.Map<unknown> {
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  return item;
}

describe('readBoard', () => {
  it('orders items by lane, then horizon, then position in the cell', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const [design, build] = laneIds(readRoadmap(doc)) as [string, string];
    const laterBuild = addItem(doc, { title: 'a', lane: build, horizon: LATER }, ctx);
    const nowBuild = addItem(doc, { title: 'b', lane: build, horizon: NOW }, ctx);
    const nextDesign = addItem(doc, { title: 'c', lane: design, horizon: NEXT }, ctx);
    const nowDesign = addItem(doc, { title: 'd', lane: design, horizon: NOW }, ctx);
    const firstNowDesign = addItem(doc, { title: 'e', lane: design, index: 0 }, ctx);
    expect(readRoadmap(doc).items.map((item) => item.id)).toEqual([
      firstNowDesign,
      nowDesign,
      nextDesign,
      nowBuild,
      laterBuild,
    ]);
  });

  it('reads an empty document without throwing', () => {
    const view = readRoadmap(new Y.Doc());
    expect(view).toMatchObject({ lanes: [], horizons: [], items: [] });
  });

  it('reads item fields of the wrong type as their defaults', () => {
    const { doc } = createTestBoard();
    writeAsForeignClient(doc, ({ items }) => {
      items.set(
        'wrong-types',
        foreignItem({
          [ITEM_FIELDS.title]: 42,
          [ITEM_FIELDS.description]: new Y.Text('rich'),
          [ITEM_FIELDS.status]: 'blocked',
          [ITEM_FIELDS.owner]: null,
          [ITEM_FIELDS.tags]: { keys: 'not a function' },
          [ITEM_FIELDS.createdAt]: 'yesterday',
          [ITEM_FIELDS.updatedAt]: Number.NaN,
          [ITEM_FIELDS.placement]: { lane: 7, horizon: LATER, order: 'a0' },
        }),
      );
      items.set('array-tags', foreignItem({ [ITEM_FIELDS.tags]: ['q3', 'risk'] }));
      items.set('map-tags', foreignItem({ [ITEM_FIELDS.tags]: new Y.Array<string>() }));
    });
    const view = readRoadmap(doc);
    const firstLane = at(view.lanes, 0).id;
    expect(itemOf(view, 'wrong-types')).toMatchObject({
      title: '',
      description: '',
      status: 'idea',
      owner: '',
      tags: [],
      lane: firstLane,
      horizon: NOW,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(itemOf(view, 'array-tags').tags).toEqual([]);
    expect(itemOf(view, 'map-tags').tags).toEqual([]);
  });

  it('shows an item without a placement, or with unknown lane and horizon, in the first cell', () => {
    const { doc, ctx } = createTestBoard(1, { lanes: ['Design', 'Build'] });
    const build = at(laneIds(readRoadmap(doc)), 1);
    const placed = addItem(doc, { title: 'placed', lane: build, horizon: LATER }, ctx);
    writeAsForeignClient(doc, ({ items }) => {
      items.set('no-placement', foreignItem({ [ITEM_FIELDS.title]: 'No placement' }));
      items.set(
        'unknown-axes',
        foreignItem({ [ITEM_FIELDS.placement]: { lane: 'gone', horizon: 'someday', order: 'a0' } }),
      );
      items.set('string-placement', foreignItem({ [ITEM_FIELDS.placement]: 'Design/Now' }));
    });
    const view = readRoadmap(doc);
    const firstLane = at(view.lanes, 0).id;
    for (const id of ['no-placement', 'unknown-axes', 'string-placement']) {
      expect(itemOf(view, id)).toMatchObject({ lane: firstLane, horizon: NOW });
    }
    expect(itemOf(view, 'no-placement').title).toBe('No placement');
    expect(itemOf(view, placed)).toMatchObject({ lane: build, horizon: LATER });
  });

  it('skips entries that are not maps and reads a lane or board field of the wrong type as its default', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'real' }, ctx);
    const before = readRoadmap(doc);
    writeAsForeignClient(doc, ({ items, lanes, horizons, meta }) => {
      items.set('a-number', 42);
      items.set('a-text', new Y.Text('x'));
      lanes.set('a-string', 'lane');
      horizons.set('an-array', new Y.Array());
      childMap(lanes, at(before.lanes, 0).id)?.set(LANE_FIELDS.name, 5);
      meta.set(META_FIELDS.kind, 'spaceship');
      meta.set(META_FIELDS.title, { text: 'Board' });
    });
    const view = readRoadmap(doc);
    expect(view.items.map((item) => item.id)).toEqual([id]);
    expect(view.lanes).toEqual(before.lanes.map((lane) => ({ ...lane, name: '' })));
    expect(view.horizons).toEqual(before.horizons);
    expect(view.kind).toBe('roadmap');
    expect(view.title).toBe('');
  });

  it('lets the named operations work on and around foreign garbage', () => {
    const { doc, ctx } = createTestBoard();
    const id = addItem(doc, { title: 'real' }, ctx);
    writeAsForeignClient(doc, ({ items }) => {
      items.set('no-placement', foreignItem({ [ITEM_FIELDS.title]: 'No placement' }));
      items.set('a-number', 42);
    });
    const lane = at(readRoadmap(doc).lanes, 0).id;
    const first = addItem(doc, { title: 'first', index: 0 }, ctx);
    expect(cellIds(readRoadmap(doc), lane, NOW).indexOf(first)).toBe(0);
    moveItem(doc, id, { index: 1 }, ctx);
    expect(cellIds(readRoadmap(doc), lane, NOW).indexOf(id)).toBe(1);
    moveItem(doc, 'no-placement', { horizon: NEXT }, ctx);
    expect(itemOf(readRoadmap(doc), 'no-placement').horizon).toBe(NEXT);
    updateItem(doc, 'no-placement', { tags: ['q3'] }, ctx);
    expect(itemOf(readRoadmap(doc), 'no-placement').tags).toEqual(['q3']);
  });
});
