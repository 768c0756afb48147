import { describe, expect, it } from 'vitest';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addNote } from './addNote.js';
import { CANVAS_LIMITS } from './canvasSchema.js';
import { moveNote } from './moveNote.js';
import { readCanvas } from './readCanvas.js';

describe('moveNote', () => {
  it('moves a note to the given position, edges included, and bumps updatedAt', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    const id = addNote(doc, { title: 'Idea' }, ctx);
    const created = readCanvas(doc).items[0]?.createdAt ?? Infinity;
    const max = CANVAS_LIMITS.maxCoordinate;
    for (const [x, y] of [
      [340, 85],
      [0, 0],
      [max, max],
      [12.25, max],
    ] as const) {
      moveNote(doc, id, { x, y }, ctx);
      expect(readCanvas(doc).items[0]).toMatchObject({ x, y, title: 'Idea' });
    }
    expect(readCanvas(doc).items[0]?.updatedAt).toBeGreaterThan(created);
  });

  it('refuses positions out of bounds and unknown notes', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    const id = addNote(doc, { title: 'Idea' }, ctx);
    const max = CANVAS_LIMITS.maxCoordinate;
    for (const position of [
      { x: -0.5, y: 0 },
      { x: 0, y: max + 0.5 },
      { x: Number.NaN, y: 1 },
      { x: 1, y: Number.NEGATIVE_INFINITY },
      { x: null, y: 1 } as never,
      null as never,
    ]) {
      expectRefused(doc, 'invalid', () => moveNote(doc, id, position, ctx));
    }
    expectRefused(doc, 'not-found', () => moveNote(doc, 'no-such-note', { x: 1, y: 1 }, ctx));
  });

  it('of two concurrent moves of one note, exactly one wins, x and y together', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { network, replicas, contexts } = createTestReplicas(2, seed, { kind: 'canvas' });
      const [alice, bob] = replicas;
      const [aliceCtx, bobCtx] = contexts;
      if (!alice || !bob || !aliceCtx || !bobCtx) throw new Error('Expected two replicas.');
      const id = addNote(alice, { title: 'Idea' }, aliceCtx);
      network.deliverAll();
      moveNote(alice, id, { x: 100, y: 900 }, aliceCtx);
      moveNote(bob, id, { x: 700, y: 50 }, bobCtx);
      network.deliverAll();
      const view = readCanvas(alice);
      expect(readCanvas(bob)).toEqual(view);
      const note = view.items[0];
      expect([
        [100, 900],
        [700, 50],
      ]).toContainEqual([note?.x, note?.y]);
    }
  });
});
