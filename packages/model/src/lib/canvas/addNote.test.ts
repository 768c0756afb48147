import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { boardMaps } from '../core/boardMaps.js';
import { addNote } from './addNote.js';
import { CANVAS_LIMITS, DEFAULT_NOTE_SIZE, type NoteColor } from './canvasSchema.js';
import { readCanvas } from './readCanvas.js';

/** A new canvas board and the context that made it. */
function canvas(seed = 1) {
  return createTestBoard(seed, { kind: 'canvas', title: 'Workshop' });
}

describe('addNote', () => {
  it('adds a yellow note at the top-left corner with its text trimmed', () => {
    const { doc, ctx } = canvas();
    const id = addNote(doc, { title: '  Onboarding is slow  ' }, ctx);
    const [note] = readCanvas(doc).items;
    expect(note).toMatchObject({
      id,
      title: 'Onboarding is slow',
      color: 'yellow',
      x: 0,
      y: 0,
      ...DEFAULT_NOTE_SIZE,
    });
    expect(note?.updatedAt).toBe(note?.createdAt);
  });

  it('stores the given color, position and size', () => {
    const { doc, ctx } = canvas();
    addNote(
      doc,
      {
        title: 'Idea',
        color: 'blue',
        position: { x: 120.5, y: 40 },
        size: { width: 300, height: 90 },
      },
      ctx,
    );
    expect(readCanvas(doc).items[0]).toMatchObject({
      color: 'blue',
      x: 120.5,
      y: 40,
      width: 300,
      height: 90,
    });
  });

  it('keeps multi-line text and counts its limit in code points', () => {
    const { doc, ctx } = canvas();
    const text = `${'🧭'.repeat(CANVAS_LIMITS.noteTextLength - 2)}\na`;
    addNote(doc, { title: text }, ctx);
    expect(readCanvas(doc).items[0]?.title).toBe(text);
  });

  it('stacks later notes on top', () => {
    const { doc, ctx } = canvas();
    const ids = ['a', 'b', 'c'].map((title) => addNote(doc, { title }, ctx));
    expect(readCanvas(doc).items.map((note) => note.id)).toEqual(ids);
  });

  it.each([
    ['empty text', { title: '' }],
    ['blank text', { title: ' \n ' }],
    ['text over the limit', { title: 'x'.repeat(CANVAS_LIMITS.noteTextLength + 1) }],
    ['an unknown color', { title: 'a', color: 'pink' as NoteColor }],
    ['a negative x', { title: 'a', position: { x: -1, y: 0 } }],
    ['a y past the edge', { title: 'a', position: { x: 0, y: CANVAS_LIMITS.maxCoordinate + 1 } }],
    ['a NaN coordinate', { title: 'a', position: { x: Number.NaN, y: 0 } }],
    ['an infinite coordinate', { title: 'a', position: { x: 0, y: Number.POSITIVE_INFINITY } }],
    ['a coordinate that is a string', { title: 'a', position: { x: '5', y: 0 } as never }],
    ['a tiny size', { title: 'a', size: { width: CANVAS_LIMITS.minNoteSize - 1, height: 100 } }],
    ['a huge size', { title: 'a', size: { width: 100, height: CANVAS_LIMITS.maxNoteSize + 1 } }],
    ['a missing title', {} as { title: string }],
  ])('refuses %s and writes nothing', (_, input) => {
    const { doc, ctx } = canvas();
    expectRefused(doc, 'invalid', () => addNote(doc, input, ctx));
  });

  it('refuses a note past the limit of notes per canvas', () => {
    const { doc, ctx } = canvas();
    doc.transact(() => {
      for (let index = 0; index < CANVAS_LIMITS.notesPerBoard; index++) {
        boardMaps(doc).items.set(`note${index}`, new Y.Map());
      }
    });
    expectRefused(doc, 'invalid', () => addNote(doc, { title: 'one too many' }, ctx));
  });

  it('refuses a board of another kind and a document that is not a board', () => {
    const roadmap = createTestBoard(2);
    expectRefused(roadmap.doc, 'not-found', () =>
      addNote(roadmap.doc, { title: 'a' }, roadmap.ctx),
    );
    const empty = new Y.Doc();
    expectRefused(empty, 'not-found', () => addNote(empty, { title: 'a' }, testContext(3)));
  });
});
