import type * as Y from 'yjs';
import { addItem } from '../lib/roadmap/addItem.js';
import { deleteItem } from '../lib/roadmap/deleteItem.js';
import { addLane, deleteLane, moveLane, renameLane } from '../lib/roadmap/laneOperations.js';
import { moveItem } from '../lib/roadmap/moveItem.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { readRoadmap } from '../lib/roadmap/readRoadmap.js';
import { renameBoard } from '../lib/core/renameBoard.js';
import { updateItem } from '../lib/roadmap/updateItem.js';
import { addDependency } from '../lib/roadmap/dependencyOperations.js';
import { addRelease, deleteRelease, updateRelease } from '../lib/roadmap/releaseOperations.js';
import { at, laneIds } from './boardQueries.js';
import { createTestBoard } from './createTestBoard.js';

/** A board with two lanes and an item in each, ready for any operation. */
export interface PreparedBoard {
  readonly doc: Y.Doc;
  readonly ctx: OperationContext;
  readonly lanes: readonly [string, string];
  readonly items: readonly [string, string];
  /** A release; the second item ships in it. */
  readonly release: string;
}

/** Two lanes, Design and Build, with one item in each, and a release. */
export function prepareBoard(seed: number): PreparedBoard {
  const { doc, ctx } = createTestBoard(seed, { lanes: ['Design', 'Build'] });
  const lanes = laneIds(readRoadmap(doc));
  const design = at(lanes, 0);
  const build = at(lanes, 1);
  const items = [
    addItem(doc, { title: 'Design item', lane: design }, ctx),
    addItem(doc, { title: 'Build item', lane: build }, ctx),
  ] as const;
  const release = addRelease(doc, { name: 'v1', date: '2026-06-30' }, ctx);
  updateItem(doc, items[1], { releaseId: release }, ctx);
  return { doc, ctx, lanes: [design, build], items, release };
}

/** Every named write operation, each applied once to a prepared board with the given context. */
export const EVERY_OPERATION: ReadonlyArray<{
  readonly name: string;
  readonly run: (board: PreparedBoard, ctx: OperationContext) => unknown;
}> = [
  { name: 'renameBoard', run: ({ doc }, ctx) => renameBoard(doc, 'Renamed', ctx) },
  { name: 'addItem', run: ({ doc }, ctx) => addItem(doc, { title: 'New', index: 0 }, ctx) },
  {
    name: 'updateItem',
    run: ({ doc, items }, ctx) => updateItem(doc, items[0], { title: 'Changed', tags: ['a'] }, ctx),
  },
  {
    name: 'moveItem',
    run: ({ doc, items, lanes }, ctx) => moveItem(doc, items[0], { lane: lanes[1], index: 0 }, ctx),
  },
  { name: 'deleteItem', run: ({ doc, items }, ctx) => deleteItem(doc, items[0], ctx) },
  { name: 'addLane', run: ({ doc }, ctx) => addLane(doc, { name: 'Ship', index: 0 }, ctx) },
  { name: 'renameLane', run: ({ doc, lanes }, ctx) => renameLane(doc, lanes[0], 'Research', ctx) },
  { name: 'moveLane', run: ({ doc, lanes }, ctx) => moveLane(doc, lanes[1], 0, ctx) },
  { name: 'deleteLane', run: ({ doc, lanes }, ctx) => deleteLane(doc, lanes[0], {}, ctx) },
  {
    name: 'updateItem (plan fields)',
    run: ({ doc, items }, ctx) =>
      updateItem(
        doc,
        items[0],
        { startDate: '2026-02-02', endDate: '2026-02-20', health: 'at-risk', reach: 10, value: 4 },
        ctx,
      ),
  },
  {
    name: 'addDependency',
    run: ({ doc, items }, ctx) => addDependency(doc, items[1], items[0], ctx),
  },
  {
    name: 'addRelease',
    run: ({ doc }, ctx) => addRelease(doc, { name: 'v2', date: '2026-09-30' }, ctx),
  },
  {
    name: 'updateRelease',
    run: ({ doc, release }, ctx) => updateRelease(doc, release, { type: 'milestone' }, ctx),
  },
  { name: 'deleteRelease', run: ({ doc, release }, ctx) => deleteRelease(doc, release, ctx) },
];
