import * as Y from 'yjs';
import { boardMaps, forEachChildMap, readString } from '../core/boardMaps.js';
import { compareOrdered } from '../core/orderKeys.js';
import { resolveLayout } from './resolveLayout.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import { ITEM_FIELDS, ITEM_STATUSES, type ItemStatus } from '../core/schema.js';

/** A lane or horizon in a board view. */
export interface AxisView {
  readonly id: string;
  readonly name: string;
}

/** An item as views and the REST API show it. */
export interface ItemView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly status: ItemStatus;
  readonly owner: string;
  /** Sorted, so two replicas show the same list. */
  readonly tags: readonly string[];
  readonly lane: string;
  readonly horizon: string;
  readonly order: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A plain, read-only picture of a whole roadmap board. */
export interface RoadmapView extends BoardMetaView {
  readonly kind: 'roadmap';
  readonly lanes: readonly AxisView[];
  readonly horizons: readonly AxisView[];
  /** Ordered by lane, then horizon, then order key, then id. */
  readonly items: readonly ItemView[];
}

function readNumber(map: Y.Map<unknown>, key: string): number {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function readStatus(item: Y.Map<unknown>): ItemStatus {
  const value = item.get(ITEM_FIELDS.status);
  return ITEM_STATUSES.find((status) => status === value) ?? 'idea';
}

function readTags(item: Y.Map<unknown>): string[] {
  const tags = item.get(ITEM_FIELDS.tags);
  return tags instanceof Y.Map ? [...tags.keys()].sort() : [];
}

/**
 * Reads a whole roadmap board into plain values. Never throws on foreign or half-synced data: a field
 * of the wrong type reads as its default, and `resolveLayout` puts every item in a live lane.
 */
export function readRoadmap(doc: Y.Doc): RoadmapView {
  const maps = boardMaps(doc);
  const layout = resolveLayout(maps);
  const laneIndex = new Map(layout.lanes.map((lane, index) => [lane.id, index]));
  const horizonIndex = new Map(layout.horizons.map((horizon, index) => [horizon.id, index]));
  const items: ItemView[] = [];
  forEachChildMap(maps.items, (item, id) => {
    const placement = layout.placementOf(item);
    items.push({
      id,
      title: readString(item, ITEM_FIELDS.title),
      description: readString(item, ITEM_FIELDS.description),
      status: readStatus(item),
      owner: readString(item, ITEM_FIELDS.owner),
      tags: readTags(item),
      lane: placement.lane,
      horizon: placement.horizon,
      order: placement.order,
      createdAt: readNumber(item, ITEM_FIELDS.createdAt),
      updatedAt: readNumber(item, ITEM_FIELDS.updatedAt),
    });
  });
  items.sort(
    (a, b) =>
      (laneIndex.get(a.lane) ?? 0) - (laneIndex.get(b.lane) ?? 0) ||
      (horizonIndex.get(a.horizon) ?? 0) - (horizonIndex.get(b.horizon) ?? 0) ||
      compareOrdered(a, b),
  );
  return {
    kind: 'roadmap',
    ...readMeta(doc),
    lanes: layout.lanes.map(({ id, name }) => ({ id, name })),
    horizons: layout.horizons.map(({ id, name }) => ({ id, name })),
    items,
  };
}
