import { describe, expect, it } from 'vitest';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addNote } from './addNote.js';
import { deleteNote } from './deleteNote.js';
import { moveNote } from './moveNote.js';
import { readCanvas } from './readCanvas.js';

describe('deleteNote', () => {
  it('removes the note and no other', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'canvas', title: 'Workshop' });
    const keep = addNote(doc, { title: 'Keep' }, ctx);
    const drop = addNote(doc, { title: 'Drop' }, ctx);
    deleteNote(doc, drop, ctx);
    expect(readCanvas(doc).items.map((note) => note.id)).toEqual([keep]);
    expectRefused(doc, 'not-found', () => deleteNote(doc, drop, ctx));
  });

  it('wins over a concurrent move', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 4, { kind: 'canvas' });
    const [alice, bob] = replicas;
    const [aliceCtx, bobCtx] = contexts;
    if (!alice || !bob || !aliceCtx || !bobCtx) throw new Error('Expected two replicas.');
    const id = addNote(alice, { title: 'Idea' }, aliceCtx);
    network.deliverAll();
    deleteNote(alice, id, aliceCtx);
    moveNote(bob, id, { x: 5, y: 5 }, bobCtx);
    network.deliverAll();
    expect(readCanvas(alice).items).toEqual([]);
    expect(readCanvas(bob).items).toEqual([]);
  });
});
