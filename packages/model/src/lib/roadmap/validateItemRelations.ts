import type * as Y from 'yjs';
import { childMap, type BoardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import { readDependencyGraph, reaches } from './dependencyGraph.js';
import type { ValidItemFields } from './itemFields.js';
import { isRoadmapDate } from './roadmapDate.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';

function storedDate(item: Y.Map<unknown> | undefined, key: string): string | null {
  const value = item?.get(key);
  return isRoadmapDate(value) ? value : null;
}

/**
 * Checks the fields that depend on the rest of the board, before anything is written: the end
 * date is not before the start date (the one given, or the one stored), the release exists
 * ('not-found'), and each dependency is another existing item ('invalid' for itself,
 * 'not-found' otherwise) that does not already depend on this one, directly or not ('invalid':
 * a cycle). `item` is undefined for a new item, which nothing can depend on yet.
 */
export function validateItemRelations(
  maps: BoardMaps,
  releases: Y.Map<unknown> | undefined,
  itemId: string,
  item: Y.Map<unknown> | undefined,
  fields: ValidItemFields,
): void {
  const start =
    fields.startDate !== undefined
      ? fields.startDate
      : storedDate(item, ROADMAP_ITEM_FIELDS.startDate);
  const end =
    fields.endDate !== undefined ? fields.endDate : storedDate(item, ROADMAP_ITEM_FIELDS.endDate);
  if (start !== null && end !== null && end < start) {
    throw new ModelError('invalid', `End date ${end} is before start date ${start}.`);
  }
  if (typeof fields.releaseId === 'string' && !(releases && childMap(releases, fields.releaseId))) {
    throw new ModelError(
      'not-found',
      `No release ${JSON.stringify(fields.releaseId)} on this board.`,
    );
  }
  if (fields.dependencies === undefined || fields.dependencies.length === 0) return;
  const graph = readDependencyGraph(maps.items);
  for (const dependency of fields.dependencies) {
    if (dependency === itemId) throw new ModelError('invalid', 'An item cannot depend on itself.');
    if (!childMap(maps.items, dependency)) {
      throw new ModelError('not-found', `No item ${JSON.stringify(dependency)} on this board.`);
    }
    if (item && reaches(graph, dependency, itemId)) {
      throw new ModelError(
        'invalid',
        `Item ${JSON.stringify(dependency)} already depends on this item; that would make a cycle.`,
      );
    }
  }
}
