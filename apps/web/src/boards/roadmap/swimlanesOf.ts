import type { ItemView, RoadmapView } from '@cairn/model';
import type { GroupBy } from './roadmapViewModes';

/** One swimlane: a lane, an owner or a tag, with its items in board order. */
export interface Swimlane {
  readonly id: string;
  readonly name: string;
  readonly items: readonly ItemView[];
}

/** Ordinary string order (not locale-aware), so every person sees the same row order. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The swimlanes of a board: its lanes in order; or one row per owner (then "No owner"); or one
 * row per tag (then "No tags"), where an item with two tags shows in both rows.
 */
export function swimlanesOf(view: RoadmapView, groupBy: GroupBy): Swimlane[] {
  switch (groupBy) {
    case 'lane':
      return view.lanes.map((lane) => ({
        id: `lane:${lane.id}`,
        name: lane.name,
        items: view.items.filter((item) => item.lane === lane.id),
      }));
    case 'owner': {
      const owners = [...new Set(view.items.map((item) => item.owner))].filter((o) => o !== '');
      const rows = owners.sort(byName).map((owner) => ({
        id: `owner:${owner}`,
        name: owner,
        items: view.items.filter((item) => item.owner === owner),
      }));
      const nobody = view.items.filter((item) => item.owner === '');
      return nobody.length > 0
        ? [...rows, { id: 'owner:', name: 'No owner', items: nobody }]
        : rows;
    }
    case 'tag': {
      const tags = [...new Set(view.items.flatMap((item) => item.tags))].sort(byName);
      const rows = tags.map((tag) => ({
        id: `tag:${tag}`,
        name: tag,
        items: view.items.filter((item) => item.tags.includes(tag)),
      }));
      const untagged = view.items.filter((item) => item.tags.length === 0);
      return untagged.length > 0
        ? [...rows, { id: 'tag:', name: 'No tags', items: untagged }]
        : rows;
    }
  }
}
