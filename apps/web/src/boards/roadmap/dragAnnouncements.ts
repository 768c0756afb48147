import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { RoadmapView } from '@cairn/model';
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
export function dragAnnouncements(view: RoadmapView, cells: CellContents): Announcements {
  const titles = new Map(view.items.map((item) => [item.id, item.title]));
  const laneNames = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  const horizonNames = new Map(view.horizons.map((horizon) => [horizon.id, horizon.name]));

  const title = (id: string | number): string => titles.get(String(id)) ?? 'The item';

  /** "Lane / Horizon, position i of n": where the card lands if dropped on `overId`. */
  const place = (activeId: string | number, overId: string | number): string => {
    const active = String(activeId);
    const over = String(overId);
    const key = findCell(cells, over);
    const axes = key === undefined ? null : parseCellKey(key);
    if (key === undefined || axes === null) return 'an unknown place';
    const lane = laneNames.get(axes.lane) ?? 'a lane';
    const horizon = horizonNames.get(axes.horizon) ?? 'a horizon';
    const ids = cells.get(key) ?? [];
    const others = ids.filter((id) => id !== active);
    // Over the cell itself or the card's own slot: where the card is now, or the end.
    const at = over === key || over === active ? ids.indexOf(active) : ids.indexOf(over);
    const position = at < 0 ? others.length : Math.min(at, others.length);
    return `${lane} / ${horizon}, position ${position + 1} of ${others.length + 1}`;
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
