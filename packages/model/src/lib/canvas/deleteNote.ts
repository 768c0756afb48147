import type * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import type { OperationContext } from '../core/OperationContext.js';
import { requireNote } from './requireNote.js';

/** Removes a note. A concurrent edit or move of the deleted note is dropped: delete wins. */
export function deleteNote(doc: Y.Doc, noteId: string, ctx: OperationContext): void {
  requireNote(doc, noteId);
  const { items } = boardMaps(doc);
  doc.transact(() => items.delete(noteId), ctx.origin);
}
