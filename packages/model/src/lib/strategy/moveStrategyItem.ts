import type * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { readItemType } from './readStrategy.js';
import { applyStrategyRekeys, strategySlot } from './strategyItems.js';
import { STRATEGY_ITEM_FIELDS } from './strategySchema.js';

/**
 * Moves a goal among the goals, or a competitor among the competitors, to `index` (0 first,
 * clamped to the end). The order key is one value, so of two concurrent moves one wins.
 */
export function moveStrategyItem(
  doc: Y.Doc,
  itemId: string,
  index: number,
  ctx: OperationContext,
): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const item = requireItem(maps, itemId);
  const slot = strategySlot(maps, readItemType(item), index, ctx.env, itemId);
  doc.transact(() => {
    item.set(STRATEGY_ITEM_FIELDS.order, slot.order);
    item.set(STRATEGY_ITEM_FIELDS.updatedAt, ctx.env.now());
    applyStrategyRekeys(maps, slot);
  }, ctx.origin);
}
