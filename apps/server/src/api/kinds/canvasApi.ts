import {
  addNote,
  CANVAS_LIMITS,
  deleteNote,
  ModelError,
  moveNote,
  NOTE_COLORS,
  readCanvas,
  updateNote,
} from '@cairn/model';
import type * as Y from 'yjs';
import { z } from 'zod';
import { validate } from '../parseBody.js';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

/** A coordinate of a note's top-left corner: the model's bounds, checked before any write. */
const coordinate = z.number().min(CANVAS_LIMITS.minCoordinate).max(CANVAS_LIMITS.maxCoordinate);

const noteFields = {
  color: z.enum(NOTE_COLORS).optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
};

const createNoteBody = z.strictObject({ title: textField, ...noteFields });

const patchNoteBody = z
  .strictObject({ title: textField.optional(), ...noteFields })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

/** The note `noteId` as the board shows it, or 404. */
function currentNote(doc: Y.Doc, noteId: string) {
  const note = readCanvas(doc).items.find((item) => item.id === noteId);
  if (!note) throw new ModelError('not-found', `No item ${JSON.stringify(noteId)} on this board.`);
  return note;
}

/**
 * Canvas notes: `{title, color?, x?, y?}`. A PATCH with only one of x and y keeps the other, and
 * moves the note as one position value, like a drag does.
 */
export const canvasApi: BoardKindApi = {
  createBoardBody: z.strictObject({ kind: z.literal('canvas'), title: textField }),
  addItem: (doc, body, ctx) => {
    const { title, color, x, y } = validate(createNoteBody, body);
    return addNote(
      doc,
      { title, ...(color ? { color } : {}), position: { x: x ?? 0, y: y ?? 0 } },
      ctx,
    );
  },
  updateItem: (doc, itemId, body, ctx) => {
    const { x, y, ...fields } = validate(patchNoteBody, body);
    const note = currentNote(doc, itemId);
    // Every field is within the model's limits by now except the text, which updateNote checks
    // first; so a PATCH that fails, fails before it writes anything.
    if (Object.keys(fields).length > 0) updateNote(doc, itemId, fields, ctx);
    if (x !== undefined || y !== undefined) {
      moveNote(doc, itemId, { x: x ?? note.x, y: y ?? note.y }, ctx);
    }
  },
  deleteItem: deleteNote,
};
