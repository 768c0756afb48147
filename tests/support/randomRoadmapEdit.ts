import {
  addItem,
  addLane,
  deleteItem,
  ITEM_STATUSES,
  ModelError,
  moveItem,
  readRoadmap,
  renameLane,
  updateItem,
  type OperationContext,
} from '@cairn/model';
import type * as Y from 'yjs';

/** The named operations a random edit picks from, as a person on a roadmap would use them. */
export type RoadmapEditKind =
  'addItem' | 'updateItem' | 'moveItem' | 'deleteItem' | 'addLane' | 'renameLane';

/** Cumulative odds: mostly adds and moves, some renames and deletes, few lane changes. */
const ODDS: readonly (readonly [number, RoadmapEditKind])[] = [
  [0.35, 'addItem'],
  [0.55, 'updateItem'],
  [0.8, 'moveItem'],
  [0.9, 'deleteItem'],
  [0.94, 'addLane'],
  [1, 'renameLane'],
];

/** At most this many lanes: more would only spread items thinner. */
const MAX_LANES = 6;

function pickOf<T>(random: () => number, entries: readonly T[]): T | undefined {
  return entries[Math.floor(random() * entries.length)];
}

/**
 * Makes one seeded random edit to a roadmap `doc` through the model's named operations, as a web
 * client would, targeting what this replica shows now (which may be stale: another replica may
 * have deleted it). Returns the operation, or `refused` when the model refused it (ModelError);
 * any other error is a bug and is thrown.
 */
export function randomRoadmapEdit(
  doc: Y.Doc,
  ctx: OperationContext,
  random: () => number,
  label: string,
): RoadmapEditKind | 'refused' {
  const view = readRoadmap(doc);
  const roll = random();
  const kind = ODDS.find(([odds]) => roll < odds)?.[1] ?? 'addItem';
  const item = pickOf(random, view.items)?.id ?? 'no-item-yet';
  const lane = pickOf(random, view.lanes)?.id;
  const horizon = pickOf(random, view.horizons)?.id;
  const index = Math.floor(random() * 8);
  try {
    switch (kind) {
      case 'addItem':
        addItem(doc, { title: label, lane, horizon, index }, ctx);
        break;
      case 'updateItem':
        updateItem(
          doc,
          item,
          { title: `${label} (renamed)`, status: pickOf(random, ITEM_STATUSES) },
          ctx,
        );
        break;
      case 'moveItem':
        moveItem(doc, item, { lane, horizon, index }, ctx);
        break;
      case 'deleteItem':
        deleteItem(doc, item, ctx);
        break;
      case 'addLane':
        if (view.lanes.length >= MAX_LANES) return 'refused';
        addLane(doc, { name: `Lane ${label}`, index }, ctx);
        break;
      case 'renameLane':
        renameLane(doc, lane ?? 'no-lane', `Lane ${label}`, ctx);
        break;
    }
    return kind;
  } catch (error) {
    if (error instanceof ModelError) return 'refused';
    throw error;
  }
}
