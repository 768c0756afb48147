import type * as Y from 'yjs';
import { boardMaps, childMap, forEachChildMap } from '../core/boardMaps.js';
import { compareOrdered } from '../core/orderKeys.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import type { ItemStatus } from '../core/schema.js';
import { dependencyGraphOf } from './dependencyGraph.js';
import { dependencyWarnings, type DependencyWarning } from './dependencyWarnings.js';
import { readItemOwnFields, type ItemFieldsSource, type ItemOwnFields } from './itemOwnFields.js';
import type { ItemPlanFields } from './readItemFields.js';
import { readReleases, type ReleaseView } from './readReleases.js';
import { releasesMap } from './releasesMap.js';
import { resolveLayout } from './resolveLayout.js';

/** A lane or horizon in a board view. */
export interface AxisView {
  readonly id: string;
  readonly name: string;
}

/** An item as views and the REST API show it. */
export interface ItemView extends ItemPlanFields {
  readonly id: string;
  readonly title: string;
  /** The rich-text description as plain text, one line per paragraph. */
  readonly description: string;
  readonly status: ItemStatus;
  readonly owner: string;
  /** Sorted, so two replicas show the same list. */
  readonly tags: readonly string[];
  readonly lane: string;
  readonly horizon: string;
  readonly order: string;
  /** The release it ships in; null when none, or when that release was deleted. */
  readonly releaseId: string | null;
  /** Ids of the items it depends on that still exist, sorted. */
  readonly dependencies: readonly string[];
  /** Conflicts with its dependencies' dates or horizons (see dependencyWarnings). */
  readonly warnings: readonly DependencyWarning[];
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
  /** Milestones and releases in list order. */
  readonly releases: readonly ReleaseView[];
}

/**
 * Reads a whole roadmap board into plain values. Never throws on foreign or half-synced data: a
 * field of the wrong type reads as its default, `resolveLayout` puts every item in a live lane,
 * a deleted release or dependency reads as gone, and a dependency cycle is a warning.
 * `fieldsOf` is where each item's own fields come from: read afresh by default, or from a cache
 * that a reader keeps across reads of one document (`createBoardReader`).
 */
export function readRoadmap(
  doc: Y.Doc,
  fieldsOf: ItemFieldsSource = readItemOwnFields,
): RoadmapView {
  const maps = boardMaps(doc);
  const layout = resolveLayout(maps);
  const releaseMap = releasesMap(doc);
  const laneIndex = new Map(layout.lanes.map((lane, index) => [lane.id, index]));
  const horizonIndex = new Map(layout.horizons.map((horizon, index) => [horizon.id, index]));
  const own = new Map<string, ItemOwnFields>();
  forEachChildMap(maps.items, (item, id) => own.set(id, fieldsOf(item, id)));
  const graph = dependencyGraphOf(own);
  const items: Omit<ItemView, 'warnings'>[] = [];
  forEachChildMap(maps.items, (item, id) => {
    const fields = own.get(id) as ItemOwnFields;
    const placement = layout.placementOf(item);
    items.push({
      id,
      title: fields.title,
      description: fields.description,
      status: fields.status,
      owner: fields.owner,
      tags: fields.tags,
      lane: placement.lane,
      horizon: placement.horizon,
      order: placement.order,
      ...fields.plan,
      releaseId:
        fields.releaseId !== '' && releaseMap && childMap(releaseMap, fields.releaseId)
          ? fields.releaseId
          : null,
      dependencies: graph.get(id) ?? [],
      createdAt: fields.createdAt,
      updatedAt: fields.updatedAt,
    });
  });
  items.sort(
    (a, b) =>
      (laneIndex.get(a.lane) ?? 0) - (laneIndex.get(b.lane) ?? 0) ||
      (horizonIndex.get(a.horizon) ?? 0) - (horizonIndex.get(b.horizon) ?? 0) ||
      compareOrdered(a, b),
  );
  const warnings = dependencyWarnings(
    graph,
    new Map(
      items.map((item) => [
        item.id,
        { ...item, horizonIndex: horizonIndex.get(item.horizon) ?? 0 },
      ]),
    ),
  );
  return {
    kind: 'roadmap',
    ...readMeta(doc),
    lanes: layout.lanes.map(({ id, name }) => ({ id, name })),
    horizons: layout.horizons.map(({ id, name }) => ({ id, name })),
    items: items.map((item) => ({ ...item, warnings: warnings.get(item.id) ?? [] })),
    releases: releaseMap ? readReleases(releaseMap) : [],
  };
}
