import type * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import { readKind } from '../core/readMeta.js';
import { readCanvas, type CanvasView } from '../canvas/readCanvas.js';
import { readLaunch, type LaunchView } from '../launch/readLaunch.js';
import { readPersonas, type PersonasView } from '../personas/readPersonas.js';
import { createItemFieldsCache, type ItemFieldsSource } from '../roadmap/itemOwnFields.js';
import { readRoadmap, type RoadmapView } from '../roadmap/readRoadmap.js';
import { readStrategy, type StrategyView } from '../strategy/readStrategy.js';

/** Any board as plain values; `kind` tells which. Every view has `items`, each with id and title. */
export type BoardView = RoadmapView | StrategyView | PersonasView | LaunchView | CanvasView;

/** Reads any board by its kind. Never throws on foreign or half-synced data. */
export function readBoard(doc: Y.Doc): BoardView {
  const kind = readKind(doc);
  switch (kind) {
    case 'roadmap':
      return readRoadmap(doc);
    case 'strategy':
      return readStrategy(doc);
    case 'personas':
      return readPersonas(doc);
    case 'launch':
      return readLaunch(doc);
    case 'canvas':
      return readCanvas(doc);
  }
}

/**
 * A `readBoard` for reading the same documents again and again (a page showing a board after
 * every change): it remembers each roadmap item's own fields per document and reads again only
 * the items a change touched. Equal to `readBoard`'s result every time.
 */
export function createBoardReader(): (doc: Y.Doc) => BoardView {
  const caches = new WeakMap<Y.Doc, ItemFieldsSource>();
  return (doc) => {
    if (readKind(doc) !== 'roadmap') return readBoard(doc);
    let fieldsOf = caches.get(doc);
    if (fieldsOf === undefined) {
      fieldsOf = createItemFieldsCache(boardMaps(doc).items);
      caches.set(doc, fieldsOf);
    }
    return readRoadmap(doc, fieldsOf);
  };
}
