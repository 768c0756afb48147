import type * as Y from 'yjs';
import { assertWritable, boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { validateLaunchDate } from './launchDate.js';
import { LAUNCH_META_FIELDS } from './launchSchema.js';

/**
 * Moves launch day to `launchDate` ('YYYY-MM-DD', a real calendar date). Tasks store offsets, so
 * every task's due date moves with it in this one write; concurrent offset edits survive.
 */
export function setLaunchDate(doc: Y.Doc, launchDate: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertLaunchBoard(doc);
  const valid = validateLaunchDate(launchDate);
  doc.transact(() => maps.meta.set(LAUNCH_META_FIELDS.launchDate, valid), ctx.origin);
}
