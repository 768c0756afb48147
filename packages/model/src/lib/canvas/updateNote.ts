import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';
import { NOTE_FIELDS } from './canvasSchema.js';
import { validateNoteFields, writeNoteFields, type NoteFieldsInput } from './noteFields.js';
import { requireNote } from './requireNote.js';

/** Changes the given fields of a note (text, color, size); fields left out keep their value. */
export function updateNote(
  doc: Y.Doc,
  noteId: string,
  patch: NoteFieldsInput,
  ctx: OperationContext,
): void {
  const note = requireNote(doc, noteId);
  const fields = validateNoteFields(patch);
  doc.transact(() => {
    writeNoteFields(note, fields);
    note.set(NOTE_FIELDS.updatedAt, ctx.env.now());
  }, ctx.origin);
}
