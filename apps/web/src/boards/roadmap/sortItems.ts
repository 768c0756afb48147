import type { ItemView, RoadmapView } from '@cairn/model';

/** The sortable columns of the table. */
export const TABLE_COLUMNS = [
  { id: 'title', label: 'Title' },
  { id: 'lane', label: 'Lane' },
  { id: 'horizon', label: 'Horizon' },
  { id: 'status', label: 'Status' },
  { id: 'health', label: 'Health' },
  { id: 'owner', label: 'Owner' },
  { id: 'startDate', label: 'Start' },
  { id: 'endDate', label: 'End' },
  { id: 'riceScore', label: 'RICE' },
  { id: 'valueEffort', label: 'Value/effort' },
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number]['id'];

/** A column and a direction. */
export interface TableSort {
  readonly column: TableColumn;
  readonly direction: 'ascending' | 'descending';
}

type SortKey = string | number | null;

const STATUS_ORDER = ['idea', 'planned', 'in-progress', 'shipped', 'cancelled'];
const HEALTH_ORDER = ['on-track', 'at-risk', 'off-track'];

function keyOf(item: ItemView, column: TableColumn, view: RoadmapView): SortKey {
  switch (column) {
    case 'title':
      return item.title.toLowerCase();
    case 'lane':
      return view.lanes.findIndex((lane) => lane.id === item.lane);
    case 'horizon':
      return view.horizons.findIndex((horizon) => horizon.id === item.horizon);
    case 'status':
      return STATUS_ORDER.indexOf(item.status);
    case 'health':
      return HEALTH_ORDER.indexOf(item.health);
    case 'owner':
      return item.owner === '' ? null : item.owner.toLowerCase();
    case 'startDate':
    case 'endDate':
    case 'riceScore':
    case 'valueEffort':
      return item[column];
  }
}

/**
 * The items sorted by one column. Empty values (no owner, no date, no score) go last in both
 * directions; ties keep board order, so the table is stable as people edit.
 */
export function sortItems(view: RoadmapView, sort: TableSort): ItemView[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return view.items
    .map((item, index) => ({ item, index, key: keyOf(item, sort.column, view) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * sign;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
