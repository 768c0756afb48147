import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type * as Y from 'yjs';
import { addNote } from '../lib/canvas/addNote.js';
import { CANVAS_LIMITS, NOTE_COLORS, type NoteSize } from '../lib/canvas/canvasSchema.js';
import { deleteNote } from '../lib/canvas/deleteNote.js';
import { moveNote } from '../lib/canvas/moveNote.js';
import { readCanvas, type CanvasView } from '../lib/canvas/readCanvas.js';
import { updateNote } from '../lib/canvas/updateNote.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import {
  deliverSteps,
  refusable,
  replicaStep,
  resolvePick,
  testConvergence,
  type DeliverStep,
  type Pick,
} from './convergenceHarness.js';

interface Position {
  x: number;
  y: number;
}

type Step =
  | { kind: 'addNote'; replica: number; title: string; position?: Position }
  | { kind: 'updateNote'; replica: number; note: Pick; patch: NotePatch }
  | { kind: 'moveNote'; replica: number; note: Pick; position: Position }
  | { kind: 'deleteNote'; replica: number; note: Pick };

interface NotePatch {
  title?: string;
  color?: (typeof NOTE_COLORS)[number];
  size?: NoteSize;
}

const pick = fc.nat({ max: 40 });
const text = fc.constantFrom('Alpha', ' Beta ', 'Δelta', '🚀', 'two\nlines', '  ');
/** Mostly in bounds, sometimes just outside them, so refusals are exercised too. */
const coordinate = fc.oneof(
  fc.integer({ min: CANVAS_LIMITS.minCoordinate, max: CANVAS_LIMITS.maxCoordinate }),
  fc.constantFrom(-1, CANVAS_LIMITS.maxCoordinate + 1, 0.5),
);
const position = fc.record({ x: coordinate, y: coordinate });
const size = fc.record({
  width: fc.integer({ min: CANVAS_LIMITS.minNoteSize - 1, max: 400 }),
  height: fc.integer({ min: CANVAS_LIMITS.minNoteSize, max: 400 }),
});

const stepArbitrary: fc.Arbitrary<Step | DeliverStep> = fc.oneof(
  replicaStep(3, 'addNote', { title: text, position }, ['position']),
  replicaStep(2, 'updateNote', {
    note: pick,
    patch: fc.record(
      { title: text, color: fc.constantFrom(...NOTE_COLORS), size },
      { requiredKeys: [] },
    ),
  }),
  replicaStep(4, 'moveNote', { note: pick, position }),
  replicaStep(1, 'deleteNote', { note: pick }),
  deliverSteps(3),
);

/** Every position ever written for each note, as "x,y": a converged note must show one of them. */
type WrittenPositions = Map<string, Set<string>>;

interface Known {
  notes: string[];
  written: WrittenPositions;
}

/**
 * What every replica shows after every step: notes in stacking order (createdAt, then id), ids
 * unique, colors from the palette, and every note inside the canvas bounds.
 */
function expectInvariants(view: CanvasView): void {
  const ids = view.items.map((note) => note.id);
  expect(new Set(ids).size).toBe(ids.length);
  view.items.forEach((note, index) => {
    expect(NOTE_COLORS).toContain(note.color);
    for (const value of [note.x, note.y]) {
      expect(value).toBeGreaterThanOrEqual(CANVAS_LIMITS.minCoordinate);
      expect(value).toBeLessThanOrEqual(CANVAS_LIMITS.maxCoordinate);
    }
    const previous = view.items[index - 1];
    if (!previous) return;
    const ordered =
      previous.createdAt < note.createdAt ||
      (previous.createdAt === note.createdAt && previous.id < note.id);
    if (!ordered) throw new Error(`Notes ${previous.id} and ${note.id} are out of order.`);
  });
}

/** Applies a step to its replica and checks what that replica shows right after. */
function applyStep(
  doc: Y.Doc,
  ctx: OperationContext,
  step: Step,
  { notes: known, written }: Known,
): void {
  const local = readCanvas(doc).items.map((note) => note.id);
  const note = (choice: Pick) => resolvePick(choice, local, known);
  const record = (id: string, { x, y }: Position) => {
    const positions = written.get(id) ?? new Set<string>();
    positions.add(`${x},${y}`);
    written.set(id, positions);
  };
  switch (step.kind) {
    case 'addNote': {
      let id = '';
      const input = { title: step.title, ...(step.position ? { position: step.position } : {}) };
      if (!refusable(() => (id = addNote(doc, input, ctx)))) return;
      known.push(id);
      record(id, step.position ?? { x: 0, y: 0 });
      const added = readCanvas(doc).items.find((entry) => entry.id === id);
      expect(added).toMatchObject({
        title: step.title.trim(),
        ...(step.position ?? { x: 0, y: 0 }),
      });
      return;
    }
    case 'updateNote':
      refusable(() => updateNote(doc, note(step.note), step.patch, ctx));
      return;
    case 'moveNote': {
      const id = note(step.note);
      if (!refusable(() => moveNote(doc, id, step.position, ctx))) return;
      record(id, step.position);
      expect(readCanvas(doc).items.find((entry) => entry.id === id)).toMatchObject(step.position);
      return;
    }
    case 'deleteNote':
      refusable(() => deleteNote(doc, note(step.note), ctx));
      return;
  }
}

describe('replicas of a canvas', () => {
  testConvergence(
    'canvas',
    'converge to the same valid canvas, each note where one person put it',
    {
      board: { kind: 'canvas', title: 'Workshop' },
      steps: stepArbitrary,
      known: (): Known => ({ notes: [], written: new Map() }),
      read: readCanvas,
      apply: applyStep,
      expectInvariants,
      expectConverged: (view, { written }) => {
        // A move replaces x and y together: no note ends with the x of one move and the y of another.
        for (const note of view.items) {
          expect(written.get(note.id)).toContain(`${note.x},${note.y}`);
        }
      },
      defaultSeed: 20261127,
    },
  );
});
