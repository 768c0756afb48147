import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard } from '../../test/createTestBoard.js';
import { boardMaps } from '../core/boardMaps.js';
import {
  CANVAS_LIMITS,
  DEFAULT_NOTE_COLOR,
  DEFAULT_NOTE_SIZE,
  NOTE_FIELDS,
} from './canvasSchema.js';
import { readCanvas } from './readCanvas.js';

/** A canvas with one note whose fields a foreign client wrote as `fields`. */
function canvasWithForeignNote(fields: Record<string, unknown>) {
  const { doc } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
  const note = new Y.Map<unknown>();
  boardMaps(doc).items.set('foreign', note);
  for (const [key, value] of Object.entries(fields)) note.set(key, value);
  boardMaps(doc).items.set('not-a-map', 'garbage');
  return doc;
}

describe('readCanvas', () => {
  it('reads an empty canvas', () => {
    const { doc } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    expect(readCanvas(doc)).toMatchObject({ kind: 'canvas', title: 'Workshop', items: [] });
  });

  it('never throws on garbage: defaults, clamps and skips what is not a note', () => {
    const doc = canvasWithForeignNote({
      [NOTE_FIELDS.title]: 42,
      [NOTE_FIELDS.color]: 'chartreuse',
      [NOTE_FIELDS.position]: { x: -50, y: 'far' },
      [NOTE_FIELDS.size]: [1, 2],
      [NOTE_FIELDS.createdAt]: 'yesterday',
    });
    expect(readCanvas(doc).items).toEqual([
      {
        id: 'foreign',
        title: '',
        color: DEFAULT_NOTE_COLOR,
        x: CANVAS_LIMITS.minCoordinate,
        y: CANVAS_LIMITS.minCoordinate,
        ...DEFAULT_NOTE_SIZE,
        createdAt: 0,
        updatedAt: 0,
      },
    ]);
  });

  it('clamps positions and sizes beyond the limits into them', () => {
    const doc = canvasWithForeignNote({
      [NOTE_FIELDS.position]: { x: 1e12, y: 3 },
      [NOTE_FIELDS.size]: { width: 1, height: 1e9 },
    });
    expect(readCanvas(doc).items[0]).toMatchObject({
      x: CANVAS_LIMITS.maxCoordinate,
      y: 3,
      width: CANVAS_LIMITS.minNoteSize,
      height: CANVAS_LIMITS.maxNoteSize,
    });
  });

  it('reads a note without any fields (half-synced) at the corner', () => {
    const doc = canvasWithForeignNote({});
    expect(readCanvas(doc).items[0]).toMatchObject({ x: 0, y: 0, title: '' });
  });
});
