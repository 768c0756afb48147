/**
 * The layout of a canvas board's notes. A canvas keeps its notes in the shared root map `items`
 * (Y.Map<noteId, Y.Map>), like every kind, so `readBoard(...).items` lists them with id and title.
 * The fields are chosen to map one to one onto tldraw `note` shape records (issue 4): `title` is
 * the note's text, `color` a tldraw color name, `position` the shape's x/y, `size` its w/h.
 */

/**
 * The palette. Named colors, not hex values, so themes (dark mode) can render them, and every
 * name is one of tldraw's `DefaultColorStyle` values, so notes migrate without a lookup table.
 */
export const NOTE_COLORS = ['yellow', 'orange', 'red', 'violet', 'blue', 'green', 'grey'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** The color of a note created without one, and of a note whose stored color is unknown. */
export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow';

/**
 * Limits of canvas notes. Coordinates are bounded so a bad client cannot push a note to where no
 * one can scroll to it, and so the web surface has a finite size; sizes so a note stays a note.
 */
export const CANVAS_LIMITS = {
  /** Characters (code points) of a note's text. */
  noteTextLength: 2_000,
  /** Smallest x and y of a note's top-left corner, in canvas pixels. */
  minCoordinate: 0,
  /** Largest x and y of a note's top-left corner, in canvas pixels. */
  maxCoordinate: 10_000,
  /** Smallest width and height of a note. */
  minNoteSize: 40,
  /** Largest width and height of a note. */
  maxNoteSize: 1_000,
  /** Notes on one canvas: plenty for a workshop, and it bounds the document. */
  notesPerBoard: 2_000,
} as const;

/** Where a note's top-left corner is, in canvas pixels. */
export interface NotePosition {
  readonly x: number;
  readonly y: number;
}

/** A note's width and height, in canvas pixels. */
export interface NoteSize {
  readonly width: number;
  readonly height: number;
}

/** The size of a note that has none stored: tldraw's note is 200 × 200. */
export const DEFAULT_NOTE_SIZE: NoteSize = { width: 200, height: 200 };

/** Field names of a note's Y.Map. */
export const NOTE_FIELDS = {
  /** The note's text; plain string, last writer wins (tldraw's `richText` is built from it). */
  title: 'title',
  /** One of NOTE_COLORS; unknown values read as DEFAULT_NOTE_COLOR. */
  color: 'color',
  /**
   * A NotePosition, one plain JSON value replaced whole on every move, so two people dragging
   * one note at once end with exactly one person's move, never the x of one and the y of other.
   */
  position: 'position',
  /** Optional NoteSize, replaced whole for the same reason; absent means DEFAULT_NOTE_SIZE. */
  size: 'size',
  /** Milliseconds since the epoch, from the creator's clock; with the id, the stacking order. */
  createdAt: 'createdAt',
  /** Milliseconds since the epoch of the last change made through a named operation. */
  updatedAt: 'updatedAt',
} as const;
