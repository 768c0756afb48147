import type * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import { validateItemFields, writeItemFields, type ItemFieldsInput } from './itemFields.js';
import type { OperationContext } from '../core/OperationContext.js';
import { ITEM_FIELDS } from '../core/schema.js';
import { releasesMap } from './releasesMap.js';
import { validateItemRelations } from './validateItemRelations.js';

/**
 * Changes the given fields of an item; fields left out keep their value, null clears an optional
 * one. Dates, the release and dependencies are checked against the board first (see
 * validateItemRelations), so a refused change writes nothing.
 */
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
  validateItemRelations(maps, releasesMap(doc), itemId, item, fields);
  doc.transact(() => {
    writeItemFields(item, fields);
    item.set(ITEM_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
