import { humanizeValue, type BoardChange, type DateField } from '@cairn/model';

const DATE_NAMES: Record<DateField, string> = {
  startDate: 'Start',
  endDate: 'End',
  date: 'Date',
  dueDate: 'Due date',
  launchDate: 'Launch',
};

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/**
 * The short text a card shows for one change of its item while a comparison is on: "Added",
 * "Moved from Next", "End slipped 5 days", "Status: Planned → Shipped". Plain text, rendered
 * as React text.
 */
export function changeBadge(change: BoardChange): string {
  switch (change.type) {
    case 'added':
      return 'Added';
    case 'removed':
      return 'Removed';
    case 'moved':
      return change.field === 'horizon'
        ? `Moved from ${change.fromName}`
        : `Moved from ${change.field} ${change.fromName}`;
    case 'rescheduled': {
      const what = DATE_NAMES[change.field];
      if (change.from === null) return `${what} set to ${change.to ?? ''}`;
      if (change.to === null) return `${what} cleared`;
      if (change.days === null || change.days === 0) return `${what} changed`;
      return change.days > 0
        ? `${what} slipped ${days(change.days)}`
        : `${what} ${days(-change.days)} earlier`;
    }
    case 'status':
      return `Status: ${change.from === null ? 'none' : humanizeValue(change.from)} → ${
        change.to === null ? 'none' : humanizeValue(change.to)
      }`;
    case 'renamed':
      return `Renamed from ${change.from}`;
    case 'changed':
      return `${humanizeValue(change.field)} changed`;
  }
}

/** Badges of every entry of the collection `items`, by entry id, in the diff's order. */
export function badgesByItem(changes: readonly BoardChange[]): Map<string, string[]> {
  const badges = new Map<string, string[]>();
  for (const change of changes) {
    if (change.entry.collection !== 'items') continue;
    const list = badges.get(change.entry.id) ?? [];
    list.push(changeBadge(change));
    badges.set(change.entry.id, list);
  }
  return badges;
}
