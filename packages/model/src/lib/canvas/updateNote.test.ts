import { describe, expect, it } from 'vitest';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addNote } from './addNote.js';
import { CANVAS_LIMITS, type NoteColor } from './canvasSchema.js';
import { deleteNote } from './deleteNote.js';
import { readCanvas } from './readCanvas.js';
import { updateNote } from './updateNote.js';

function canvasWithNote(seed = 1) {
  const { doc, ctx } = createTestBoard(seed, { kind: 'canvas', title: 'Workshop' });
  const id = addNote(doc, { title: 'Idea', position: { x: 10, y: 20 } }, ctx);
  return { doc, ctx, id };
}

describe('updateNote', () => {
  it('changes text, color and size, keeps the position, and bumps updatedAt', () => {
    const { doc, ctx, id } = canvasWithNote();
    const before = readCanvas(doc).items[0];
    updateNote(
      doc,
      id,
      { title: ' Better idea ', color: 'green', size: { width: 240, height: 120 } },
      ctx,
    );
    const after = readCanvas(doc).items[0];
    expect(after).toMatchObject({
      title: 'Better idea',
      color: 'green',
      width: 240,
      height: 120,
      x: 10,
      y: 20,
    });
    expect(after?.updatedAt).toBeGreaterThan(before?.updatedAt ?? Infinity);
  });

  it('leaves out fields it is not given', () => {
    const { doc, ctx, id } = canvasWithNote();
    updateNote(doc, id, { color: 'red' }, ctx);
    expect(readCanvas(doc).items[0]).toMatchObject({ title: 'Idea', color: 'red' });
  });

  it('refuses bad fields and unknown or deleted notes', () => {
    const { doc, ctx, id } = canvasWithNote();
    expectRefused(doc, 'invalid', () => updateNote(doc, id, { title: ' ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      updateNote(doc, id, { title: 'x'.repeat(CANVAS_LIMITS.noteTextLength + 1) }, ctx),
    );
    expectRefused(doc, 'invalid', () => updateNote(doc, id, { color: 'teal' as NoteColor }, ctx));
    expectRefused(doc, 'invalid', () =>
      updateNote(doc, id, { size: { width: 0, height: 0 } }, ctx),
    );
    expectRefused(doc, 'not-found', () => updateNote(doc, 'no-such-note', { color: 'red' }, ctx));
    deleteNote(doc, id, ctx);
    expectRefused(doc, 'not-found', () => updateNote(doc, id, { color: 'red' }, ctx));
  });

  it('keeps concurrent changes of different fields, and one of two concurrent texts', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 8, { kind: 'canvas' });
    const [alice, bob] = replicas;
    const [aliceCtx, bobCtx] = contexts;
    if (!alice || !bob || !aliceCtx || !bobCtx) throw new Error('Expected two replicas.');
    const id = addNote(alice, { title: 'Idea' }, aliceCtx);
    network.deliverAll();
    updateNote(alice, id, { color: 'violet', title: 'Alice' }, aliceCtx);
    updateNote(bob, id, { size: { width: 300, height: 300 }, title: 'Bob' }, bobCtx);
    network.deliverAll();
    const view = readCanvas(alice);
    expect(readCanvas(bob)).toEqual(view);
    expect(view.items[0]).toMatchObject({ color: 'violet', width: 300, height: 300 });
    expect(['Alice', 'Bob']).toContain(view.items[0]?.title);
  });
});
