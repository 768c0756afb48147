import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { validateText } from '../core/validateText.js';
import {
  CANVAS_LIMITS,
  NOTE_COLORS,
  NOTE_FIELDS,
  type NoteColor,
  type NotePosition,
  type NoteSize,
} from './canvasSchema.js';

/** The editable fields of a note other than its position, all optional, as operations take them. */
export interface NoteFieldsInput {
  readonly title?: string;
  readonly color?: NoteColor;
  readonly size?: NoteSize;
}

/** Validated, normalised field values, ready to write. */
export interface ValidNoteFields {
  title?: string;
  color?: NoteColor;
  size?: NoteSize;
}

/** `value` when it is a finite number within [min, max]; ModelError('invalid') naming `field`. */
function validateBounded(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ModelError('invalid', `${field} must be a number from ${min} to ${max}.`);
  }
  return value;
}

/** A position within the canvas bounds, as a fresh plain value. */
export function validatePosition(position: NotePosition): NotePosition {
  if (typeof position !== 'object' || position === null) {
    throw new ModelError('invalid', 'Position must be {x, y}.');
  }
  const { minCoordinate: min, maxCoordinate: max } = CANVAS_LIMITS;
  return {
    x: validateBounded('x', position.x, min, max),
    y: validateBounded('y', position.y, min, max),
  };
}

/** Checks every given field against CANVAS_LIMITS and the palette; throws ModelError('invalid'). */
export function validateNoteFields(input: NoteFieldsInput): ValidNoteFields {
  const valid: ValidNoteFields = {};
  if (input.title !== undefined) {
    if (typeof input.title !== 'string') throw new ModelError('invalid', 'Text must be a string.');
    valid.title = validateText('Text', input.title, CANVAS_LIMITS.noteTextLength);
  }
  if (input.color !== undefined) {
    if (!NOTE_COLORS.includes(input.color)) {
      throw new ModelError('invalid', `Color must be one of ${NOTE_COLORS.join(', ')}.`);
    }
    valid.color = input.color;
  }
  if (input.size !== undefined) {
    if (typeof input.size !== 'object' || input.size === null) {
      throw new ModelError('invalid', 'Size must be {width, height}.');
    }
    const { minNoteSize: min, maxNoteSize: max } = CANVAS_LIMITS;
    valid.size = {
      width: validateBounded('Width', input.size.width, min, max),
      height: validateBounded('Height', input.size.height, min, max),
    };
  }
  return valid;
}

/** Writes validated fields into a note's map (inside the caller's transaction). */
export function writeNoteFields(note: Y.Map<unknown>, fields: ValidNoteFields): void {
  if (fields.title !== undefined) note.set(NOTE_FIELDS.title, fields.title);
  if (fields.color !== undefined) note.set(NOTE_FIELDS.color, fields.color);
  if (fields.size !== undefined) note.set(NOTE_FIELDS.size, { ...fields.size });
}
