import type { ItemView, RoadmapView } from '../lib/roadmap/readRoadmap.js';

/** Items of the (lane, horizon) cell, in board order. */
export function cellOf(view: RoadmapView, lane: string, horizon: string): ItemView[] {
  return view.items.filter((item) => item.lane === lane && item.horizon === horizon);
}

/** Ids of the (lane, horizon) cell, in board order. */
export function cellIds(view: RoadmapView, lane: string, horizon: string): string[] {
  return cellOf(view, lane, horizon).map((item) => item.id);
}

/** The item with `id`; fails the test when the view does not show it. */
export function itemOf(view: RoadmapView, id: string): ItemView {
  const item = view.items.find((entry) => entry.id === id);
  if (!item) throw new Error(`The board does not show item ${id}.`);
  return item;
}

/** Ids of the live lanes, in order. */
export function laneIds(view: RoadmapView): string[] {
  return view.lanes.map((lane) => lane.id);
}

/** The id at `index` of a list; fails the test when the list is shorter. */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined)
    throw new Error(`Nothing at index ${index} of a list of ${list.length}.`);
  return value;
}
