import { childMap, forEachChildMap, readString, type BoardMaps } from '../core/boardMaps.js';
import type * as Y from 'yjs';
import type { ModelEnv } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import { compareOrdered, slotAt, type OrderedEntry, type Slot } from '../core/orderKeys.js';
import { validateIndex } from '../core/validateIndex.js';
import { readItemType } from './readStrategy.js';
import { STRATEGY_ITEM_FIELDS, type StrategyItemType } from './strategySchema.js';

/** The goal or competitor `itemId`, or ModelError('not-found') when absent or of another type. */
export function requireStrategyItem(
  maps: BoardMaps,
  itemId: string,
  type: StrategyItemType,
): Y.Map<unknown> {
  const item = childMap(maps.items, itemId);
  if (!item || readItemType(item) !== type) {
    throw new ModelError('not-found', `No ${type} ${JSON.stringify(itemId)} on this board.`);
  }
  return item;
}

/** Entries of one type in (order, id) order, leaving out `exceptId`. */
function siblingsOf(maps: BoardMaps, type: StrategyItemType, exceptId?: string): OrderedEntry[] {
  const siblings: OrderedEntry[] = [];
  forEachChildMap(maps.items, (item, id) => {
    if (id !== exceptId && readItemType(item) === type) {
      siblings.push({ id, order: readString(item, STRATEGY_ITEM_FIELDS.order) });
    }
  });
  return siblings.sort(compareOrdered);
}

/** The order key that puts an entry at `index` among its type (the end when undefined). */
export function strategySlot(
  maps: BoardMaps,
  type: StrategyItemType,
  index: number | undefined,
  env: ModelEnv,
  exceptId?: string,
): Slot {
  validateIndex(index);
  const siblings = siblingsOf(maps, type, exceptId);
  return slotAt(siblings, index ?? siblings.length, env);
}

/** Writes a slot's re-keyed siblings (inside the caller's transaction). */
export function applyStrategyRekeys(maps: BoardMaps, slot: Slot): void {
  for (const [id, order] of slot.rekeyed) {
    childMap(maps.items, id)?.set(STRATEGY_ITEM_FIELDS.order, order);
  }
}
