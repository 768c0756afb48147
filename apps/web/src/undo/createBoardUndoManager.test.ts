import {
  addItem,
  initBoard,
  moveItem,
  readRoadmap,
  updateItem,
  type OperationContext,
} from '@cairn/model';
import { createSeededEnv } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardUndoManager } from './createBoardUndoManager';

/** Two replicas that deliver every update to each other at once, as a live connection would. */
function joinedReplicas(): readonly [Y.Doc, Y.Doc] {
  const ana = new Y.Doc();
  const ben = new Y.Doc();
  const server = { kind: 'migration', fromVersion: 0 } as const;
  initBoard(ana, { kind: 'roadmap', title: 'Q3' }, { origin: server, env: createSeededEnv(1) });
  Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana), 'network');
  ana.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') Y.applyUpdate(ben, update, 'network');
  });
  ben.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'network') Y.applyUpdate(ana, update, 'network');
  });
  return [ana, ben];
}

function personContext(userId: string, seed: number): OperationContext {
  return { origin: { kind: 'local-user', userId }, env: createSeededEnv(seed) };
}

const titles = (doc: Y.Doc): string[] =>
  readRoadmap(doc)
    .items.map((item) => item.title)
    .sort();
const horizonOf = (doc: Y.Doc, title: string): string | undefined =>
  readRoadmap(doc).items.find((item) => item.title === title)?.horizon;

describe('createBoardUndoManager', () => {
  it('undoes only the person’s own changes; the other person’s stay, on both replicas', () => {
    const [ana, ben] = joinedReplicas();
    const anaCtx = personContext('ana', 2);
    const benCtx = personContext('ben', 3);
    const anaUndo = createBoardUndoManager(ana, anaCtx.origin);
    const benUndo = createBoardUndoManager(ben, benCtx.origin);

    addItem(ana, { title: 'Pricing page' }, anaCtx);
    anaUndo.stopCapturing();
    const benItem = addItem(ben, { title: 'Sales deck' }, benCtx);
    expect(anaUndo.undoStack).toHaveLength(1);

    anaUndo.undo();
    expect(titles(ana)).toEqual(['Sales deck']);
    expect(titles(ben)).toEqual(['Sales deck']);
    expect(anaUndo.canUndo()).toBe(false);
    expect(benUndo.canUndo()).toBe(true);

    anaUndo.redo();
    expect(titles(ben)).toEqual(['Pricing page', 'Sales deck']);

    // Ana's undo must not reach into Ben's history either.
    updateItem(ben, benItem, { title: 'Sales deck v2' }, benCtx);
    expect(titles(ana)).toEqual(['Pricing page', 'Sales deck v2']);
  });

  it('makes a move one step, and undoes it without touching a later remote rename', () => {
    const [ana, ben] = joinedReplicas();
    const anaCtx = personContext('ana', 4);
    const anaUndo = createBoardUndoManager(ana, anaCtx.origin);
    const item = addItem(ana, { title: 'Launch webinar' }, anaCtx);
    anaUndo.stopCapturing();

    moveItem(ana, item, { horizon: 'next' }, anaCtx);
    anaUndo.stopCapturing();
    updateItem(ben, item, { title: 'Launch webinar (EMEA)' }, personContext('ben', 5));
    expect(anaUndo.undoStack).toHaveLength(2);

    anaUndo.undo();
    expect(horizonOf(ben, 'Launch webinar (EMEA)')).toBe('now');
    anaUndo.redo();
    expect(horizonOf(ben, 'Launch webinar (EMEA)')).toBe('next');
  });

  it('merges a burst of the person’s changes within the capture window into one step', () => {
    const [ana] = joinedReplicas();
    const anaCtx = personContext('ana', 6);
    const anaUndo = createBoardUndoManager(ana, anaCtx.origin);
    const item = addItem(ana, { title: 'R' }, anaCtx);
    anaUndo.stopCapturing();
    for (const title of ['Ro', 'Roa', 'Road']) updateItem(ana, item, { title }, anaCtx);
    expect(anaUndo.undoStack).toHaveLength(2);
    anaUndo.undo();
    expect(titles(ana)).toEqual(['R']);
  });
});
