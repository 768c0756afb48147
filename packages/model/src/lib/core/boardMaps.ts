import * as Y from 'yjs';
import { HORIZONS, ITEMS, LANES, META, META_FIELDS, SCHEMA_VERSION } from './schema.js';
import { ModelError } from './ModelError.js';

/**
 * The root shared types of a board document. Lanes, horizons and items are Y.Maps keyed by id,
 * but the values are typed `unknown`: any client can store anything there, so they are read
 * through `childMap` and `forEachChildMap`, which skip what is not a Y.Map.
 */
export interface BoardMaps {
  readonly meta: Y.Map<unknown>;
  readonly lanes: Y.Map<unknown>;
  readonly horizons: Y.Map<unknown>;
  readonly items: Y.Map<unknown>;
}

/** The root shared types of `doc` (created empty on first access, as Yjs does). */
export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap<unknown>(META),
    lanes: doc.getMap<unknown>(LANES),
    horizons: doc.getMap<unknown>(HORIZONS),
    items: doc.getMap<unknown>(ITEMS),
  };
}

/** The lane, horizon or item stored under `id`, or undefined when absent or not a Y.Map. */
export function childMap(parent: Y.Map<unknown>, id: string): Y.Map<unknown> | undefined {
  const child = parent.get(id);
  return child instanceof Y.Map ? child : undefined;
}

/** Calls `fn` for every lane, horizon or item of a root map, skipping values that are not Y.Maps. */
export function forEachChildMap(
  parent: Y.Map<unknown>,
  fn: (child: Y.Map<unknown>, id: string) => void,
): void {
  parent.forEach((child, id) => {
    if (child instanceof Y.Map) fn(child, id);
  });
}

/** The item `itemId` of a writable board, or ModelError('not-found'). */
export function requireItem(maps: BoardMaps, itemId: string): Y.Map<unknown> {
  const item = childMap(maps.items, itemId);
  if (!item) throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
  return item;
}

/**
 * Refuses to write to a document whose layout is newer than this code knows, or that was never
 * initialised as a board.
 */
export function assertWritable(maps: BoardMaps): void {
  const version = maps.meta.get(META_FIELDS.schemaVersion);
  if (typeof version !== 'number') {
    throw new ModelError('not-found', 'This document is not an initialised board.');
  }
  if (version > SCHEMA_VERSION) {
    throw new ModelError(
      'unsupported-schema',
      `This board was written by a newer Cairn (schema ${version}); reload to update.`,
    );
  }
}

/** A string field of a Y.Map, or `fallback` when a foreign client stored something else. */
export function readString(map: Y.Map<unknown>, key: string, fallback = ''): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : fallback;
}

/** The finite number stored under `key`, or `fallback` when it is missing or not one. */
export function readNumber(map: Y.Map<unknown>, key: string, fallback = 0): number {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
