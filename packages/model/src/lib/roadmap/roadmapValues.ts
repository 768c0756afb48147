import * as Y from 'yjs';
import { forEachChildMap } from '../core/boardMaps.js';

/**
 * Readers of the roadmap's added fields that never throw: a value of the wrong type, as any
 * client can store, reads as absent.
 */

/** A finite number stored under `key`, or null. */
export function readOptionalNumber(map: Y.Map<unknown>, key: string): number | null {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The keys of a Y.Map used as a set (tags, dependencies), sorted; empty for anything else. */
export function readKeySet(map: Y.Map<unknown>, key: string): string[] {
  const value = map.get(key);
  return value instanceof Y.Map ? [...(value as Y.Map<unknown>).keys()].sort() : [];
}

/** The ids of every entry of a root map that is a Y.Map. */
export function childIds(parent: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>();
  forEachChildMap(parent, (_, id) => ids.add(id));
  return ids;
}
