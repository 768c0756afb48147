import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';
import { NOTE_FIELDS, type NotePosition } from './canvasSchema.js';
import { validatePosition } from './noteFields.js';
import { requireNote } from './requireNote.js';

/**
 * Moves a note's top-left corner to `position` (within the canvas bounds). The position is
 * replaced whole, so of two concurrent moves of one note exactly one wins on every replica.
 */
export function moveNote(
  doc: Y.Doc,
  noteId: string,
  position: NotePosition,
  ctx: OperationContext,
): void {
  const note = requireNote(doc, noteId);
  const valid = validatePosition(position);
  doc.transact(() => {
    note.set(NOTE_FIELDS.position, valid);
    note.set(NOTE_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
