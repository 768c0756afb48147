import { childMap, type BoardMaps } from '../core/boardMaps.js';
import type { ModelEnv } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import { slotAt } from '../core/orderKeys.js';
import { cellEntries, type Layout } from './resolveLayout.js';
import { ITEM_FIELDS, type Placement } from '../core/schema.js';
import { validateIndex } from '../core/validateIndex.js';

/** Where to put an item; every field optional. */
export interface PlacementTarget {
  /** Lane id; defaults to the item's current lane, or the first lane for a new item. */
  readonly lane?: string;
  /** Horizon id; defaults to the item's current horizon, or the first horizon (Now). */
  readonly horizon?: string;
  /** Position within the cell, 0 first; defaults to the end. Clamped to the cell. */
  readonly index?: number;
}

/** A placement and the sibling keys that must be rewritten with it. */
export interface PlacementPlan {
  readonly placement: Placement;
  readonly rekeyed: ReadonlyMap<string, string>;
}

/**
 * Resolves a target against the board: unknown or archived lanes and unknown horizons are
 * refused with ModelError('not-found').
 */
export function computePlacement(
  maps: BoardMaps,
  layout: Layout,
  itemId: string,
  current: Placement | undefined,
  target: PlacementTarget,
  env: ModelEnv,
): PlacementPlan {
  const lane = target.lane ?? current?.lane ?? layout.lanes[0]?.id;
  const horizon = target.horizon ?? current?.horizon ?? layout.horizons[0]?.id;
  if (lane === undefined || !layout.lanes.some((entry) => entry.id === lane)) {
    throw new ModelError(
      'not-found',
      `No lane ${JSON.stringify(target.lane ?? '')} on this board.`,
    );
  }
  if (horizon === undefined || !layout.horizons.some((entry) => entry.id === horizon)) {
    throw new ModelError(
      'not-found',
      `No horizon ${JSON.stringify(target.horizon ?? '')} on this board.`,
    );
  }
  validateIndex(target.index);
  const siblings = cellEntries(maps, layout, lane, horizon, itemId);
  const slot = slotAt(siblings, target.index ?? siblings.length, env);
  return { placement: { lane, horizon, order: slot.order }, rekeyed: slot.rekeyed };
}

/**
 * Writes the re-keyed siblings of a plan (inside the caller's transaction). Every sibling shows in
 * the plan's cell, so it gets that lane and horizon: one shown there only by fallback (its lane
 * archived, its placement missing or malformed) is pinned where it shows, rather than skipped and
 * left with a key that puts the new entry in the wrong position.
 */
export function applyRekeys(maps: BoardMaps, plan: PlacementPlan): void {
  const { lane, horizon } = plan.placement;
  for (const [id, order] of plan.rekeyed) {
    childMap(maps.items, id)?.set(ITEM_FIELDS.placement, { lane, horizon, order });
  }
}
