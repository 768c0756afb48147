import type * as Y from 'yjs';
import { assertWritable, boardMaps } from './boardMaps.js';
import type { OperationContext } from './OperationContext.js';
import { LIMITS, META_FIELDS } from './schema.js';
import { validateText } from './validateText.js';

/** Sets the board's title (trimmed; 1 to LIMITS.titleLength characters). */
export function renameBoard(doc: Y.Doc, title: string, ctx: OperationContext): void {
  const maps = boardMaps(doc);
  assertWritable(maps);
  const valid = validateText('Title', title, LIMITS.titleLength);
  doc.transact(() => maps.meta.set(META_FIELDS.title, valid), ctx.origin);
}
