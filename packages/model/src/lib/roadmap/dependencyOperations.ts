import * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { ITEM_FIELDS } from '../core/schema.js';
import { releasesMap } from './releasesMap.js';
import { readKeySet } from './roadmapValues.js';
import { ROADMAP_ITEM_FIELDS, ROADMAP_LIMITS } from './roadmapSchema.js';
import { validateItemRelations } from './validateItemRelations.js';

/**
 * Records that `itemId` depends on `dependsOn` (idempotent), without touching its other
 * dependencies, so concurrent additions both survive. Refuses itself, an unknown item and a
 * dependency that would close a cycle on this replica.
 */
export function addDependency(
  doc: Y.Doc,
  itemId: string,
  dependsOn: string,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const item = requireItem(maps, itemId);
  validateItemRelations(maps, releasesMap(doc), itemId, item, { dependencies: [dependsOn] });
  const existing = readKeySet(item, ROADMAP_ITEM_FIELDS.dependencies);
  if (existing.includes(dependsOn)) return;
  if (existing.length >= ROADMAP_LIMITS.dependenciesPerItem) {
    throw new ModelError(
      'invalid',
      `An item has at most ${ROADMAP_LIMITS.dependenciesPerItem} dependencies.`,
    );
  }
  doc.transact(() => {
    let set = item.get(ROADMAP_ITEM_FIELDS.dependencies);
    if (!(set instanceof Y.Map)) {
      set = new Y.Map<unknown>();
      item.set(ROADMAP_ITEM_FIELDS.dependencies, set);
    }
    (set as Y.Map<unknown>).set(dependsOn, true);
    item.set(ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}

/** Removes the dependency of `itemId` on `dependsOn`; a no-op (no transaction) when absent. */
export function removeDependency(
  doc: Y.Doc,
  itemId: string,
  dependsOn: string,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const item = requireItem(maps, itemId);
  const set = item.get(ROADMAP_ITEM_FIELDS.dependencies);
  if (!(set instanceof Y.Map) || !set.has(dependsOn)) return;
  doc.transact(() => {
    set.delete(dependsOn);
    item.set(ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
