import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { createSeededEnv } from '../../testing/index.js';
import { initBoard } from './initBoard.js';
import { readRoadmap } from '../roadmap/readRoadmap.js';
import { DEFAULT_HORIZONS, DEFAULT_LANE_NAME, LIMITS, SCHEMA_VERSION } from '../core/schema.js';

describe('initBoard', () => {
  it('starts a roadmap with one lane named General and the horizons Now, Next, Later', () => {
    const { doc } = createTestBoard();
    const view = readRoadmap(doc);
    expect(view.lanes.map((lane) => lane.name)).toEqual([DEFAULT_LANE_NAME]);
    expect(DEFAULT_LANE_NAME).toBe('General');
    expect(view.horizons).toEqual(DEFAULT_HORIZONS.map(({ id, name }) => ({ id, name })));
    expect(view.horizons.map((horizon) => horizon.id)).toEqual(['now', 'next', 'later']);
    expect(view.items).toEqual([]);
  });

  it('records the schema version, kind, trimmed title and the injected clock', () => {
    const doc = new Y.Doc();
    const start = Date.UTC(2026, 4, 1);
    initBoard(
      doc,
      { kind: 'roadmap', title: '  Q3 roadmap  ' },
      { origin: testContext(1).origin, env: createSeededEnv(1, start) },
    );
    const view = readRoadmap(doc);
    expect(view.schemaVersion).toBe(SCHEMA_VERSION);
    expect(view.kind).toBe('roadmap');
    expect(view.title).toBe('Q3 roadmap');
    expect(view.createdAt).toBe(start);
  });

  it('creates the named lanes in the given order', () => {
    const { doc } = createTestBoard(1, { lanes: ['Design', ' Build ', 'Ship'] });
    expect(readRoadmap(doc).lanes.map((lane) => lane.name)).toEqual(['Design', 'Build', 'Ship']);
  });

  it('falls back to the default lane when the lane list is empty', () => {
    const { doc } = createTestBoard(1, { lanes: [] });
    expect(readRoadmap(doc).lanes.map((lane) => lane.name)).toEqual([DEFAULT_LANE_NAME]);
  });

  it('refuses to initialise a document that is already a board', () => {
    const { doc, ctx } = createTestBoard();
    expectRefused(doc, 'conflict', () => initBoard(doc, { kind: 'roadmap', title: 'Again' }, ctx));
  });

  it.each([
    ['an empty title', ''],
    ['a blank title', ' \n\t '],
    ['a title over the limit', 'x'.repeat(LIMITS.titleLength + 1)],
    ['a title over the limit in emoji', '🚀'.repeat(LIMITS.titleLength + 1)],
  ])('refuses %s and writes nothing', (_, title) => {
    const doc = new Y.Doc();
    expectRefused(doc, 'invalid', () => initBoard(doc, { kind: 'roadmap', title }, testContext(1)));
  });

  it('counts the title in code points, so a title of emoji at the limit is accepted', () => {
    const title = '🚀'.repeat(LIMITS.titleLength);
    expect(title.length).toBeGreaterThan(LIMITS.titleLength);
    const { doc } = createTestBoard(1, { title });
    expect(readRoadmap(doc).title).toBe(title);
  });

  it('refuses blank or over-long lane names and more lanes than a board may have', () => {
    const doc = new Y.Doc();
    const ctx = testContext(1);
    const tooLong = 'x'.repeat(LIMITS.laneNameLength + 1);
    const tooMany = Array.from({ length: LIMITS.lanesPerBoard + 1 }, (_, index) => `Lane ${index}`);
    expectRefused(doc, 'invalid', () =>
      initBoard(doc, { kind: 'roadmap', title: 'B', lanes: [' '] }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      initBoard(doc, { kind: 'roadmap', title: 'B', lanes: [tooLong] }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      initBoard(doc, { kind: 'roadmap', title: 'B', lanes: tooMany }, ctx),
    );
  });
});
