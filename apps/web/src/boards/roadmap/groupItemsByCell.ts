import type { RoadmapView } from '@cairn/model';
import { cellKey } from './cellKey';

/** Item ids per cell (keyed by `cellKey`), in board order; every cell is present, empty or not. */
export type CellContents = ReadonlyMap<string, readonly string[]>;

/** Groups the board's items into its lane × horizon cells; `view.items` is already in order. */
export function groupItemsByCell(view: RoadmapView): CellContents {
  const cells = new Map<string, string[]>();
  for (const lane of view.lanes) {
    for (const horizon of view.horizons) cells.set(cellKey(lane.id, horizon.id), []);
  }
  for (const item of view.items) cells.get(cellKey(item.lane, item.horizon))?.push(item.id);
  return cells;
}

/** The cell holding `id`, or `id` itself when it names a cell; undefined when neither. */
export function findCell(cells: CellContents, id: string): string | undefined {
  if (cells.has(id)) return id;
  for (const [key, ids] of cells) if (ids.includes(id)) return key;
  return undefined;
}
