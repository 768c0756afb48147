import * as Y from 'yjs';
import { assertWritable, boardMaps, forEachChildMap } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { assertCanvasBoard } from './assertCanvasBoard.js';
import {
  CANVAS_LIMITS,
  DEFAULT_NOTE_COLOR,
  NOTE_FIELDS,
  type NotePosition,
} from './canvasSchema.js';
import {
  validateNoteFields,
  validatePosition,
  writeNoteFields,
  type NoteFieldsInput,
} from './noteFields.js';

/** A new note: text is required; without a color it is yellow, without a position at (0, 0). */
export interface NewNote extends NoteFieldsInput {
  readonly title: string;
  readonly position?: NotePosition;
}

/**
 * Adds a note and returns its id. Refuses ('invalid') empty or over-long text, an unknown color,
 * a position or size out of bounds, and a canvas that already has CANVAS_LIMITS.notesPerBoard
 * notes; ('not-found') a board that is not a canvas.
 */
export function addNote(doc: Y.Doc, input: NewNote, ctx: OperationContext): string {
  const maps = boardMaps(doc);
  assertWritable(maps);
  assertCanvasBoard(doc);
  if (typeof input.title !== 'string') throw new ModelError('invalid', 'Text is required.');
  const fields = validateNoteFields(input);
  const position = validatePosition(input.position ?? { x: 0, y: 0 });
  let count = 0;
  forEachChildMap(maps.items, () => count++);
  if (count >= CANVAS_LIMITS.notesPerBoard) {
    throw new ModelError('invalid', `A canvas has at most ${CANVAS_LIMITS.notesPerBoard} notes.`);
  }
  const id = createId(ctx.env);
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    maps.items.set(id, note);
    writeNoteFields(note, { color: DEFAULT_NOTE_COLOR, ...fields });
    note.set(NOTE_FIELDS.position, position);
    const now = ctx.env.now();
    note.set(NOTE_FIELDS.createdAt, now);
    note.set(NOTE_FIELDS.updatedAt, now);
  }, ctx.origin);
  return id;
}
