import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';

/** Removes an item. A concurrent edit of the deleted item is dropped: delete wins. */
export function deleteItem(doc: Y.Doc, itemId: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  if (!maps.items.has(itemId)) {
    throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
  }
  doc.transact(() => maps.items.delete(itemId), ctx.origin);
}
