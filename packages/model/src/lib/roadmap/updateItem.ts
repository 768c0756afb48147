import type * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import { validateItemFields, writeItemFields, type ItemFieldsInput } from './itemFields.js';
import type { OperationContext } from '../core/OperationContext.js';
import { ITEM_FIELDS } from '../core/schema.js';

/** Changes the given fields of an item; fields left out keep their value. */
export function updateItem(
  doc: Y.Doc,
  itemId: string,
  patch: ItemFieldsInput,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const item = requireItem(maps, itemId);
  const fields = validateItemFields(patch);
  doc.transact(() => {
    writeItemFields(item, fields);
    item.set(ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
