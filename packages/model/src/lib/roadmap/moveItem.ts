import type * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import { applyRekeys, computePlacement, type PlacementTarget } from './computePlacement.js';
import type { OperationContext } from '../core/OperationContext.js';
import { resolveLayout } from './resolveLayout.js';
import { ITEM_FIELDS } from '../core/schema.js';

/**
 * Moves an item to another lane, horizon or position. The placement is replaced whole, so of two
 * concurrent moves of one item exactly one wins on every replica.
 */
export function moveItem(
  doc: Y.Doc,
  itemId: string,
  target: PlacementTarget,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const item = requireItem(maps, itemId);
  const layout = resolveLayout(maps);
  const plan = computePlacement(maps, layout, itemId, layout.placementOf(item), target, ctx.env);
  doc.transact(() => {
    item.set(ITEM_FIELDS.placement, plan.placement);
    item.set(ITEM_FIELDS.updatedAt, ctx.env.now());
    applyRekeys(maps, plan);
  }, ctx.origin);
}
