import type { CanvasItemView, NoteColor } from '@cairn/model';
import {
  createShapeId,
  toRichText,
  type TLCreateShapePartial,
  type TLDefaultColorStyle,
  type TLNoteShape,
  type TLPageId,
  type TLShapeId,
} from 'tldraw';

/** tldraw's note is this wide and tall at scale 1. */
const TLDRAW_NOTE_SIZE = 200;

/**
 * The tldraw colour of each Cairn note colour. The palette was chosen from tldraw's names, so
 * this is the identity, but spelled out so that a palette change fails to compile here.
 */
const SHAPE_COLOR: Readonly<Record<NoteColor, TLDefaultColorStyle>> = {
  yellow: 'yellow',
  orange: 'orange',
  red: 'red',
  violet: 'violet',
  blue: 'blue',
  green: 'green',
  grey: 'grey',
};

/**
 * The id of the sticky a Cairn note becomes. Derived from the note's id, so two people migrating
 * the same note at once write one record, not two stickies.
 */
export function noteShapeId(noteId: string): TLShapeId {
  return createShapeId(`note-${noteId}`);
}

/**
 * The tldraw sticky of a Cairn canvas note, on `pageId`: same position, text (one paragraph per
 * line) and colour. A note's width sets the sticky's scale (a tldraw note is square); extra
 * height becomes `growY`. No `index`: tldraw stacks new shapes on top, so creating the stickies in
 * `readCanvas` order keeps the notes' stacking order.
 */
export function noteToShape(
  note: CanvasItemView,
  pageId: TLPageId,
): TLCreateShapePartial<TLNoteShape> {
  const scale = note.width / TLDRAW_NOTE_SIZE;
  return {
    id: noteShapeId(note.id),
    type: 'note',
    parentId: pageId,
    x: note.x,
    y: note.y,
    props: {
      richText: toRichText(note.title),
      color: SHAPE_COLOR[note.color],
      scale,
      growY: Math.max(0, note.height - TLDRAW_NOTE_SIZE * scale),
    },
  };
}
