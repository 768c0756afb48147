import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { readKind } from '../core/readMeta.js';

/**
 * Refuses ('not-found') to write notes into a board of another kind: its `items` map holds that
 * kind's entries, and a note there would show as a broken entry.
 */
export function assertCanvasBoard(doc: Y.Doc): void {
  if (readKind(doc) !== 'canvas') throw new ModelError('not-found', 'This board is not a canvas.');
}
