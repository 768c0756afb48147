import * as Y from 'yjs';
import { assertWritable, boardMaps, childMap, type BoardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { slotAt } from '../core/orderKeys.js';
import { cellEntries, resolveLayout } from './resolveLayout.js';
import { ITEM_FIELDS, LANE_FIELDS, LIMITS } from '../core/schema.js';
import { validateIndex } from '../core/validateIndex.js';
import { validateText } from '../core/validateText.js';

function liveLane(maps: BoardMaps, laneId: string): Y.Map<unknown> {
  const lane = childMap(maps.lanes, laneId);
  if (!lane || lane.get(LANE_FIELDS.archived) === true) {
    throw new ModelError('not-found', `No lane ${JSON.stringify(laneId)} on this board.`);
  }
  return lane;
}

/** Adds a lane at `index` (default: last) and returns its id. */
export function addLane(
  doc: Y.Doc,
  input: { readonly name: string; readonly index?: number },
  ctx: OperationContext,
): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const name = validateText('Lane name', input.name, LIMITS.laneNameLength);
  validateIndex(input.index);
  const layout = resolveLayout(maps);
  if (layout.lanes.length >= LIMITS.lanesPerBoard) {
    throw new ModelError('invalid', `A board has at most ${LIMITS.lanesPerBoard} lanes.`);
  }
  const slot = slotAt(layout.lanes, input.index ?? layout.lanes.length, ctx.env);
  const id = createId(ctx.env);
  doc.transact(() => {
    const lane = new Y.Map<unknown>();
    lane.set(LANE_FIELDS.name, name);
    lane.set(LANE_FIELDS.order, slot.order);
    lane.set(LANE_FIELDS.archived, false);
    maps.lanes.set(id, lane);
    for (const [siblingId, order] of slot.rekeyed) {
      childMap(maps.lanes, siblingId)?.set(LANE_FIELDS.order, order);
    }
  }, ctx.origin);
  return id;
}

/** Renames a live lane. */
export function renameLane(doc: Y.Doc, laneId: string, name: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const lane = liveLane(maps, laneId);
  const valid = validateText('Lane name', name, LIMITS.laneNameLength);
  doc.transact(() => lane.set(LANE_FIELDS.name, valid), ctx.origin);
}

/** Moves a live lane to `index` among the live lanes. */
export function moveLane(doc: Y.Doc, laneId: string, index: number, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const lane = liveLane(maps, laneId);
  validateIndex(index);
  const siblings = resolveLayout(maps).lanes.filter((entry) => entry.id !== laneId);
  const slot = slotAt(siblings, index, ctx.env);
  doc.transact(() => {
    lane.set(LANE_FIELDS.order, slot.order);
    for (const [siblingId, order] of slot.rekeyed) {
      childMap(maps.lanes, siblingId)?.set(LANE_FIELDS.order, order);
    }
  }, ctx.origin);
}

/**
 * Archives a lane and moves its items, in order, to the end of the same horizon in `moveItemsTo`
 * (default: the first other live lane). The last live lane cannot be deleted.
 */
export function deleteLane(
  doc: Y.Doc,
  laneId: string,
  options: { readonly moveItemsTo?: string },
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const lane = liveLane(maps, laneId);
  const layout = resolveLayout(maps);
  const targetId = options.moveItemsTo ?? layout.lanes.find((entry) => entry.id !== laneId)?.id;
  if (targetId === undefined) throw new ModelError('conflict', 'A board keeps at least one lane.');
  if (targetId === laneId)
    throw new ModelError('invalid', 'Items cannot move to the lane being deleted.');
  liveLane(maps, targetId);
  doc.transact(() => {
    for (const horizon of layout.horizons) {
      const moving = cellEntries(maps, layout, laneId, horizon.id);
      if (moving.length === 0) continue;
      const existing = cellEntries(maps, layout, targetId, horizon.id);
      let last = existing.at(-1)?.order ?? null;
      for (const entry of moving) {
        const order = slotAt(last === null ? [] : [{ id: '', order: last }], 1, ctx.env).order;
        childMap(maps.items, entry.id)?.set(ITEM_FIELDS.placement, {
          lane: targetId,
          horizon: horizon.id,
          order,
        });
        last = order;
      }
    }
    lane.set(LANE_FIELDS.archived, true);
  }, ctx.origin);
}
