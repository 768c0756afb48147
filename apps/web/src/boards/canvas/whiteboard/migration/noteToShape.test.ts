import { NOTE_COLORS, type CanvasItemView } from '@cairn/model';
import { DefaultColorStyle, type TLPageId } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { noteShapeId, noteToShape } from './noteToShape';

const PAGE = 'page:page' as TLPageId;

/** A canvas note as `readCanvas` shows it, 200 × 200 unless said otherwise. */
function note(fields: Partial<CanvasItemView> = {}): CanvasItemView {
  return {
    id: 'n1',
    title: 'Interview five customers',
    color: 'yellow',
    x: 240,
    y: 80,
    width: 200,
    height: 200,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

describe('noteToShape', () => {
  it('makes a sticky on the page at the note’s position, with its text and colour', () => {
    expect(noteToShape(note({ color: 'blue' }), PAGE)).toEqual({
      id: 'shape:note-n1',
      type: 'note',
      parentId: PAGE,
      x: 240,
      y: 80,
      props: {
        richText: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Interview five customers' }] },
          ],
        },
        color: 'blue',
        scale: 1,
        growY: 0,
      },
    });
  });

  it('derives the same id from the same note, and different ids from different notes', () => {
    expect(noteToShape(note(), PAGE).id).toBe(noteShapeId('n1'));
    expect(noteShapeId('n1')).toBe(noteShapeId('n1'));
    expect(noteShapeId('n1')).not.toBe(noteShapeId('n2'));
  });

  it('keeps hostile text as text, one paragraph per line', () => {
    const title = '<script>alert(1)</script>\n\njavascript:alert(1)';
    expect(noteToShape(note({ title }), PAGE).props?.richText).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'javascript:alert(1)' }] },
      ],
    });
  });

  it('maps every palette colour to a tldraw colour', () => {
    for (const color of NOTE_COLORS) {
      expect(DefaultColorStyle.values).toContain(noteToShape(note({ color }), PAGE).props?.color);
    }
  });

  it.each([
    ['a square note', 300, 300, 1.5, 0],
    ['a small square note', 100, 100, 0.5, 0],
    ['a tall note', 200, 320, 1, 120],
    ['a wide note (tldraw notes are square)', 400, 200, 2, 0],
  ])('sizes %s by scale and extra height', (_, width, height, scale, growY) => {
    expect(noteToShape(note({ width, height }), PAGE).props).toMatchObject({ scale, growY });
  });
});
