import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { LAUNCH_META_FIELDS, LAUNCH_TIERS, type LaunchTier } from './launchSchema.js';

/** Sets how big the launch is (one of LAUNCH_TIERS). */
export function setLaunchTier(doc: Y.Doc, tier: LaunchTier, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertLaunchBoard(doc);
  if (!LAUNCH_TIERS.includes(tier)) {
    throw new ModelError('invalid', `Tier must be one of ${LAUNCH_TIERS.join(', ')}.`);
  }
  doc.transact(() => maps.meta.set(LAUNCH_META_FIELDS.tier, tier), ctx.origin);
}
