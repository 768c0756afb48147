import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { BoardView } from '@cairn/model';
import { parseCellKey } from './cellKey';
import { findCell, type CellContents } from './groupItemsByCell';

/** Read once when a card gets focus (dnd-kit links it with aria-describedby). */
export const DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this item. To move it, press Space, use the arrow keys to choose a ' +
    'new place, then press Space again to drop it there, or Escape to cancel.',
};

/**
 * Screen-reader announcements that name the item and the lane / horizon it is over, with its
 * position, instead of dnd-kit's default "draggable item 3 was moved over droppable area 4".
 */
export function dragAnnouncements(view: BoardView, cells: CellContents): Announcements {
  const titles = new Map(view.items.map((item) => [item.id, item.title]));
  const laneNames = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  const horizonNames = new Map(view.horizons.map((horizon) => [horizon.id, horizon.name]));

  const title = (id: string | number): string => titles.get(String(id)) ?? 'The item';

  const place = (activeId: string | number, overId: string | number): string => {
    const key = findCell(cells, String(overId));
    const axes = key === undefined ? null : parseCellKey(key);
    if (key === undefined || axes === null) return 'an unknown place';
    const where = `${laneNames.get(axes.lane) ?? 'a lane'} / ${horizonNames.get(axes.horizon) ?? 'a horizon'}`;
    const ids = cells.get(key) ?? [];
    const others = ids.filter((id) => id !== String(activeId));
    const position =
      key === String(overId) ? Math.max(ids.indexOf(String(activeId)), others.length) : ids.indexOf(String(overId));
    return `${where}, position ${Math.min(position, others.length) + 1} of ${others.length + 1}`;
  };

  return {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id)} is over ${place(active.id, over.id)}.`
        : `${title(active.id)} is no longer over a cell.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id)} was dropped in ${place(active.id, over.id)}.`
        : `${title(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving was cancelled. ${title(active.id)} is back where it was.`,
  };
}
