import * as Y from 'yjs';
import { assertWritable, boardMaps, forEachChildMap } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { ROADMAP_ITEM_FIELDS } from './roadmapSchema.js';

/**
 * Removes an item, and the dependencies other items had on it. A concurrent edit of the deleted
 * item is dropped: delete wins. A dependency added concurrently on it stays stored and reads as
 * gone (readers skip it).
 */
export function deleteItem(doc: Y.Doc, itemId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (!maps.items.has(itemId)) {
    throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
  }
  doc.transact(() => {
    maps.items.delete(itemId);
    forEachChildMap(maps.items, (item) => {
      const dependencies = item.get(ROADMAP_ITEM_FIELDS.dependencies);
      if (dependencies instanceof Y.Map && dependencies.has(itemId)) dependencies.delete(itemId);
    });
  }, ctx.origin);
}
