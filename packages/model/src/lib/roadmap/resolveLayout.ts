import type * as Y from 'yjs';
import type { BoardMaps } from '../core/boardMaps.js';
import { childMap, forEachChildMap, readString } from '../core/boardMaps.js';
import { compareOrdered, type OrderedEntry } from '../core/orderKeys.js';
import { HORIZON_FIELDS, ITEM_FIELDS, LANE_FIELDS, type Placement } from '../core/schema.js';

/** A lane or horizon as the views see it. */
export interface AxisEntry extends OrderedEntry {
  readonly name: string;
}

/** The resolved axes of a board and where each item really is. */
export interface Layout {
  /** Live (not archived) lanes in order. */
  readonly lanes: readonly AxisEntry[];
  /** Horizons in order. */
  readonly horizons: readonly AxisEntry[];
  /** Where `item` shows: its stored placement, with a missing lane or horizon replaced. */
  placementOf(item: Y.Map<unknown>): Placement;
}

function axisEntries(map: Y.Map<unknown>, orderField: string): AxisEntry[] {
  const entries: AxisEntry[] = [];
  forEachChildMap(map, (entry, id) => {
    entries.push({ id, name: readString(entry, 'name'), order: readString(entry, orderField) });
  });
  return entries.sort(compareOrdered);
}

/**
 * Resolves lanes, horizons and item placements. An item whose lane was archived (or never
 * existed, from a foreign client) shows in the first live lane; one with an unknown horizon in
 * the first horizon. If every lane is archived, which only concurrent deletes can cause, the
 * first archived lane is shown as live again, so every item is always in exactly one lane.
 */
export function resolveLayout(maps: BoardMaps): Layout {
  const allLanes = axisEntries(maps.lanes, LANE_FIELDS.order);
  const live = allLanes.filter(
    (lane) => childMap(maps.lanes, lane.id)?.get(LANE_FIELDS.archived) !== true,
  );
  const lanes = live.length > 0 ? live : allLanes.slice(0, 1);
  const horizons = axisEntries(maps.horizons, HORIZON_FIELDS.order);
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const horizonIds = new Set(horizons.map((horizon) => horizon.id));
  const firstLane = lanes[0]?.id ?? '';
  const firstHorizon = horizons[0]?.id ?? '';
  return {
    lanes,
    horizons,
    placementOf(item) {
      const stored = readPlacement(item);
      return {
        lane: stored && laneIds.has(stored.lane) ? stored.lane : firstLane,
        horizon: stored && horizonIds.has(stored.horizon) ? stored.horizon : firstHorizon,
        order: stored?.order ?? '',
      };
    },
  };
}

/** The stored placement of an item, or undefined when a foreign client wrote something else. */
export function readPlacement(item: Y.Map<unknown>): Placement | undefined {
  const value = item.get(ITEM_FIELDS.placement);
  if (typeof value !== 'object' || value === null) return undefined;
  const { lane, horizon, order } = value as Record<string, unknown>;
  if (typeof lane !== 'string' || typeof horizon !== 'string' || typeof order !== 'string') {
    return undefined;
  }
  return { lane, horizon, order };
}

/** Items in the (lane, horizon) cell in order, leaving out `exceptId`. */
export function cellEntries(
  maps: BoardMaps,
  layout: Layout,
  lane: string,
  horizon: string,
  exceptId?: string,
): OrderedEntry[] {
  const entries: OrderedEntry[] = [];
  forEachChildMap(maps.items, (item, id) => {
    if (id === exceptId) return;
    const placement = layout.placementOf(item);
    if (placement.lane === lane && placement.horizon === horizon) {
      entries.push({ id, order: placement.order });
    }
  });
  return entries.sort(compareOrdered);
}
