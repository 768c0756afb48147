import type * as Y from 'yjs';
import { assertWritable, boardMaps, requireItem } from '../core/boardMaps.js';
import { assertCanvasBoard } from './assertCanvasBoard.js';

/** The note `noteId` of a writable canvas, or ModelError ('not-found', 'unsupported-schema'). */
export function requireNote(doc: Y.Doc, noteId: string): Y.Map<unknown> {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertCanvasBoard(doc);
  return requireItem(maps, noteId);
}
