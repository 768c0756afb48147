import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { initBoard, type NewBoard } from '../board/initBoard.js';
import { readBoard } from '../board/readBoard.js';
import { addNote } from '../canvas/addNote.js';
import { deleteNote } from '../canvas/deleteNote.js';
import { updateNote } from '../canvas/updateNote.js';
import { renameBoard } from '../core/renameBoard.js';
import { addTask } from '../launch/addTask.js';
import { deleteTask } from '../launch/deleteTask.js';
import { moveTask } from '../launch/moveTask.js';
import { setLaunchDate } from '../launch/setLaunchDate.js';
import { setLaunchTier } from '../launch/setLaunchTier.js';
import { addTrack, deleteTrack, renameTrack } from '../launch/trackOperations.js';
import { updateTask } from '../launch/updateTask.js';
import { addPersona, deletePersona, updatePersona } from '../personas/personaOperations.js';
import { addItem } from '../roadmap/addItem.js';
import { deleteItem } from '../roadmap/deleteItem.js';
import { addLane, deleteLane, renameLane } from '../roadmap/laneOperations.js';
import { moveItem } from '../roadmap/moveItem.js';
import { readRoadmap } from '../roadmap/readRoadmap.js';
import { addRelease, deleteRelease, updateRelease } from '../roadmap/releaseOperations.js';
import { updateItem } from '../roadmap/updateItem.js';
import { addCompetitor, updateCompetitor } from '../strategy/competitorOperations.js';
import { addGoal, deleteGoal, updateGoal } from '../strategy/goalOperations.js';
import { addKeyResult } from '../strategy/keyResultOperations.js';
import { setPositioning, setVision } from '../strategy/statementOperations.js';
import { diffBoards } from './diffBoards.js';

const ctx = testContext(7);
/** Tracks every launch plan starts with (DEFAULT_TRACKS). */
const [product, marketing] = ['product', 'marketing'];

function newBoard(board: NewBoard): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, board, ctx);
  return doc;
}

/** The changes between the board as it is now and after `edit`. */
function changesAfter(doc: Y.Doc, edit: () => void) {
  const before = readBoard(doc);
  edit();
  return diffBoards(before, readBoard(doc)).changes;
}

describe('diffBoards on a roadmap', () => {
  it('finds nothing between two reads of the same state', () => {
    const { doc } = createTestBoard();
    addItem(doc, { title: 'Billing' }, ctx);
    expect(changesAfter(doc, () => undefined)).toEqual([]);
  });

  it('names items added and removed, with their titles', () => {
    const { doc } = createTestBoard();
    const gone = addItem(doc, { title: 'Old' }, ctx);
    let added = '';
    const changes = changesAfter(doc, () => {
      added = addItem(doc, { title: 'New' }, ctx);
      deleteItem(doc, gone, ctx);
    });
    expect(changes).toEqual([
      { type: 'added', entry: { collection: 'items', id: added, title: 'New', noun: 'item' } },
      { type: 'removed', entry: { collection: 'items', id: gone, title: 'Old', noun: 'item' } },
    ]);
  });

  it('names moves between horizons and lanes by id and by name', () => {
    const { doc } = createTestBoard(1, { lanes: ['Web', 'Mobile'] });
    const [web, mobile] = readRoadmap(doc).lanes.map((lane) => lane.id) as [string, string];
    const item = addItem(doc, { title: 'Search', lane: web, horizon: 'next' }, ctx);
    const changes = changesAfter(doc, () => {
      moveItem(doc, item, { lane: mobile, horizon: 'now' }, ctx);
    });
    expect(changes).toEqual([
      expect.objectContaining({
        type: 'moved',
        field: 'lane',
        from: web,
        to: mobile,
        fromName: 'Web',
        toName: 'Mobile',
      }),
      expect.objectContaining({
        type: 'moved',
        field: 'horizon',
        from: 'next',
        to: 'now',
        fromName: 'Next',
        toName: 'Now',
      }),
    ]);
  });

  it('does not call a move within a cell, or a lane rename, a move', () => {
    const { doc } = createTestBoard(1, { lanes: ['Web'] });
    const [web] = readRoadmap(doc).lanes.map((lane) => lane.id) as [string];
    const first = addItem(doc, { title: 'a', lane: web }, ctx);
    addItem(doc, { title: 'b', lane: web }, ctx);
    const changes = changesAfter(doc, () => {
      moveItem(doc, first, { index: 1 }, ctx);
      renameLane(doc, web, 'Website', ctx);
    });
    expect(changes).toEqual([
      {
        type: 'renamed',
        entry: { collection: 'lanes', id: web, title: 'Website', noun: 'lane' },
        from: 'Web',
        to: 'Website',
      },
    ]);
  });

  it('names a status change, a slip in days, renames, owner, health and release', () => {
    const { doc } = createTestBoard();
    const q3 = addRelease(doc, { name: 'Q3', date: '2026-09-30' }, ctx);
    const item = addItem(
      doc,
      { title: 'Billing', status: 'planned', startDate: '2026-03-01', endDate: '2026-03-10' },
      ctx,
    );
    const changes = changesAfter(doc, () => {
      updateItem(
        doc,
        item,
        {
          title: 'Billing v2',
          status: 'in-progress',
          startDate: null,
          endDate: '2026-03-15',
          owner: 'Ana',
          health: 'at-risk',
          releaseId: q3,
        },
        ctx,
      );
    });
    const entry = { collection: 'items', id: item, title: 'Billing v2', noun: 'item' };
    expect(changes).toEqual([
      { type: 'renamed', entry, from: 'Billing', to: 'Billing v2' },
      { type: 'status', entry, from: 'planned', to: 'in-progress' },
      {
        type: 'rescheduled',
        entry,
        field: 'startDate',
        from: '2026-03-01',
        to: null,
        days: null,
      },
      {
        type: 'rescheduled',
        entry,
        field: 'endDate',
        from: '2026-03-10',
        to: '2026-03-15',
        days: 5,
      },
      { type: 'changed', entry, field: 'release', from: '', to: 'Q3' },
      { type: 'changed', entry, field: 'owner', from: '', to: 'Ana' },
      { type: 'changed', entry, field: 'health', from: 'on-track', to: 'at-risk' },
    ]);
  });

  it('counts a date pulled in as negative days, across a month end', () => {
    const { doc } = createTestBoard();
    const item = addItem(doc, { title: 'x', endDate: '2026-03-02' }, ctx);
    const changes = changesAfter(doc, () => {
      updateItem(doc, item, { endDate: '2026-02-27' }, ctx);
    });
    expect(changes).toEqual([expect.objectContaining({ type: 'rescheduled', days: -3 })]);
  });

  it('names releases and milestones added, removed, renamed, rescheduled and retyped', () => {
    const { doc } = createTestBoard();
    const kept = addRelease(doc, { name: 'Beta', date: '2026-05-01' }, ctx);
    const gone = addRelease(doc, { name: 'Alpha', date: '2026-04-01', type: 'milestone' }, ctx);
    let added = '';
    const changes = changesAfter(doc, () => {
      updateRelease(doc, kept, { name: 'Public beta', date: '2026-05-08', type: 'milestone' }, ctx);
      deleteRelease(doc, gone, ctx);
      added = addRelease(doc, { name: 'GA', date: '2026-06-01' }, ctx);
    });
    const entry = { collection: 'releases', id: kept, title: 'Public beta', noun: 'milestone' };
    expect(changes).toEqual([
      { type: 'renamed', entry, from: 'Beta', to: 'Public beta' },
      {
        type: 'rescheduled',
        entry,
        field: 'date',
        from: '2026-05-01',
        to: '2026-05-08',
        days: 7,
      },
      { type: 'changed', entry, field: 'type', from: 'release', to: 'milestone' },
      {
        type: 'added',
        entry: { collection: 'releases', id: added, title: 'GA', noun: 'release' },
      },
      {
        type: 'removed',
        entry: { collection: 'releases', id: gone, title: 'Alpha', noun: 'milestone' },
      },
    ]);
  });

  it('names lanes added and removed, the board renamed, and items moved out of a deleted lane', () => {
    const { doc } = createTestBoard(1, { title: 'Plan', lanes: ['Web', 'Mobile'] });
    const [web, mobile] = readRoadmap(doc).lanes.map((lane) => lane.id) as [string, string];
    const item = addItem(doc, { title: 'Search', lane: mobile }, ctx);
    let ops = '';
    const changes = changesAfter(doc, () => {
      renameBoard(doc, 'Plan 2027', ctx);
      ops = addLane(doc, { name: 'Ops' }, ctx);
      deleteLane(doc, mobile, { moveItemsTo: web }, ctx);
    });
    expect(changes).toEqual([
      {
        type: 'renamed',
        entry: { collection: 'meta', id: '', title: 'Plan 2027', noun: 'board' },
        from: 'Plan',
        to: 'Plan 2027',
      },
      { type: 'added', entry: { collection: 'lanes', id: ops, title: 'Ops', noun: 'lane' } },
      {
        type: 'removed',
        entry: { collection: 'lanes', id: mobile, title: 'Mobile', noun: 'lane' },
      },
      expect.objectContaining({
        type: 'moved',
        entry: expect.objectContaining({ id: item }) as unknown,
        fromName: 'Mobile',
        toName: 'Web',
      }),
    ]);
  });

  it('orders changes the same way whatever order the edits were made in', () => {
    const { doc } = createTestBoard();
    const ids = ['a', 'b', 'c'].map((title) => addItem(doc, { title }, ctx));
    const before = readBoard(doc);
    const [a, b, c] = ids as [string, string, string];
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateItem(doc, c, { status: 'shipped' }, ctx);
    updateItem(doc, a, { status: 'in-progress' }, ctx);
    deleteItem(doc, b, ctx);
    deleteItem(other, b, ctx);
    updateItem(other, a, { status: 'in-progress' }, ctx);
    updateItem(other, c, { status: 'shipped' }, ctx);
    const one = diffBoards(before, readBoard(doc)).changes;
    expect(diffBoards(before, readBoard(other)).changes).toEqual(one);
    expect(one.map((change) => [change.type, change.entry.title])).toEqual([
      ['status', 'a'],
      ['status', 'c'],
      ['removed', 'b'],
    ]);
  });
});

describe('diffBoards on a launch plan', () => {
  it('names tasks moved between tracks, status, due dates, owner, and tracks', () => {
    const doc = newBoard({
      kind: 'launch',
      title: 'GA',
      launchDate: '2026-06-01',
      template: 'empty',
    });
    const task = addTask(doc, { title: 'Blog post', track: product, offsetDays: -7 }, ctx);
    const gone = addTask(doc, { title: 'Old task' }, ctx);
    let sales = '';
    const changes = changesAfter(doc, () => {
      moveTask(doc, task, { track: marketing, offsetDays: -2 }, ctx);
      updateTask(doc, task, { status: 'blocked', owner: 'Kim' }, ctx);
      deleteTask(doc, gone, ctx);
      renameTrack(doc, marketing, 'Marketing & PR', ctx);
      sales = addTrack(doc, { name: 'Field sales' }, ctx);
    });
    const entry = { collection: 'items', id: task, title: 'Blog post', noun: 'task' };
    expect(changes).toEqual([
      {
        type: 'renamed',
        entry: { collection: 'tracks', id: marketing, title: 'Marketing & PR', noun: 'track' },
        from: 'Marketing',
        to: 'Marketing & PR',
      },
      {
        type: 'added',
        entry: { collection: 'tracks', id: sales, title: 'Field sales', noun: 'track' },
      },
      {
        type: 'moved',
        entry,
        field: 'track',
        from: product,
        to: marketing,
        fromName: 'Product',
        toName: 'Marketing & PR',
      },
      { type: 'status', entry, from: 'todo', to: 'blocked' },
      {
        type: 'rescheduled',
        entry,
        field: 'dueDate',
        from: '2026-05-25',
        to: '2026-05-30',
        days: 5,
      },
      { type: 'changed', entry, field: 'owner', from: '', to: 'Kim' },
      {
        type: 'removed',
        entry: { collection: 'items', id: gone, title: 'Old task', noun: 'task' },
      },
    ]);
  });

  it('reports a new launch date once for the board, not once per task', () => {
    const doc = newBoard({
      kind: 'launch',
      title: 'GA',
      launchDate: '2026-06-01',
      template: 'empty',
    });
    addTask(doc, { title: 'a', offsetDays: -3 }, ctx);
    addTask(doc, { title: 'b', offsetDays: 2 }, ctx);
    const changes = changesAfter(doc, () => {
      setLaunchDate(doc, '2026-06-15', ctx);
      setLaunchTier(doc, 'tier-1', ctx);
    });
    const entry = { collection: 'meta', id: '', title: 'GA', noun: 'board' };
    expect(changes).toEqual([
      {
        type: 'rescheduled',
        entry,
        field: 'launchDate',
        from: '2026-06-01',
        to: '2026-06-15',
        days: 14,
      },
      { type: 'changed', entry, field: 'tier', from: 'tier-2', to: 'tier-1' },
    ]);
  });

  it('shows tasks of a deleted track as moved to where they went', () => {
    const doc = newBoard({
      kind: 'launch',
      title: 'GA',
      launchDate: '2026-06-01',
      template: 'empty',
    });
    const task = addTask(doc, { title: 'Demo', track: marketing }, ctx);
    const changes = changesAfter(doc, () => {
      deleteTrack(doc, marketing, { moveTasksTo: product }, ctx);
    });
    expect(changes.map((change) => [change.type, change.entry.id])).toEqual([
      ['removed', marketing],
      ['moved', task],
    ]);
  });
});

describe('diffBoards on a strategy board', () => {
  it('names goals and competitors added, removed, renamed, status and progress', () => {
    const doc = newBoard({ kind: 'strategy', title: 'Strategy', vision: 'Plan together' });
    const goal = addGoal(doc, { title: 'Grow', status: 'on-track' }, ctx);
    addKeyResult(doc, goal, { name: 'Teams', start: 0, target: 100, current: 20 }, ctx);
    const dropped = addGoal(doc, { title: 'Dropped' }, ctx);
    const rival = addCompetitor(doc, { title: 'Rival' }, ctx);
    let added = '';
    const changes = changesAfter(doc, () => {
      updateGoal(doc, goal, { title: 'Grow fast', status: 'at-risk', confidence: 60 }, ctx);
      deleteGoal(doc, dropped, ctx);
      added = addGoal(doc, { title: 'Retain' }, ctx);
      updateCompetitor(doc, rival, { title: 'Rival Inc', differentiation: 'We are open' }, ctx);
      setVision(doc, 'Plan together, openly', ctx);
      setPositioning(doc, { for: 'product teams' }, ctx);
    });
    const board = { collection: 'meta', id: '', title: 'Strategy', noun: 'board' };
    const grow = { collection: 'items', id: goal, title: 'Grow fast', noun: 'goal' };
    const rivalRef = { collection: 'items', id: rival, title: 'Rival Inc', noun: 'competitor' };
    expect(changes).toEqual([
      {
        type: 'changed',
        entry: board,
        field: 'vision',
        from: 'Plan together',
        to: 'Plan together, openly',
      },
      { type: 'changed', entry: board, field: 'positioning', from: '', to: 'For product teams' },
      { type: 'renamed', entry: grow, from: 'Grow', to: 'Grow fast' },
      { type: 'status', entry: grow, from: 'on-track', to: 'at-risk' },
      { type: 'changed', entry: grow, field: 'confidence', from: '', to: '60%' },
      {
        type: 'added',
        entry: { collection: 'items', id: added, title: 'Retain', noun: 'goal' },
      },
      { type: 'renamed', entry: rivalRef, from: 'Rival', to: 'Rival Inc' },
      {
        type: 'changed',
        entry: rivalRef,
        field: 'differentiation',
        from: '',
        to: 'We are open',
      },
      {
        type: 'removed',
        entry: { collection: 'items', id: dropped, title: 'Dropped', noun: 'goal' },
      },
    ]);
  });
});

describe('diffBoards on personas and canvas boards', () => {
  it('names personas added, removed, renamed, and their role and segment', () => {
    const doc = newBoard({ kind: 'personas', title: 'People' });
    const ana = addPersona(doc, { title: 'Ana', role: 'PM' }, ctx);
    const ben = addPersona(doc, { title: 'Ben' }, ctx);
    let cy = '';
    const changes = changesAfter(doc, () => {
      updatePersona(doc, ana, { title: 'Ana the PM', role: 'Lead PM', segment: 'SMB' }, ctx);
      deletePersona(doc, ben, ctx);
      cy = addPersona(doc, { title: 'Cy' }, ctx);
    });
    const entry = { collection: 'items', id: ana, title: 'Ana the PM', noun: 'persona' };
    expect(changes).toEqual([
      { type: 'renamed', entry, from: 'Ana', to: 'Ana the PM' },
      { type: 'changed', entry, field: 'role', from: 'PM', to: 'Lead PM' },
      { type: 'changed', entry, field: 'segment', from: '', to: 'SMB' },
      { type: 'added', entry: { collection: 'items', id: cy, title: 'Cy', noun: 'persona' } },
      { type: 'removed', entry: { collection: 'items', id: ben, title: 'Ben', noun: 'persona' } },
    ]);
  });

  it('names notes added, removed and rewritten, but not moved', () => {
    const doc = newBoard({ kind: 'canvas', title: 'Workshop' });
    const kept = addNote(doc, { title: 'Idea', position: { x: 0, y: 0 } }, ctx);
    const gone = addNote(doc, { title: 'Gone' }, ctx);
    let added = '';
    const changes = changesAfter(doc, () => {
      updateNote(doc, kept, { title: 'Better idea' }, ctx);
      deleteNote(doc, gone, ctx);
      added = addNote(doc, { title: 'New' }, ctx);
    });
    expect(changes.map((change) => [change.type, change.entry.id, change.entry.noun])).toEqual([
      ['renamed', kept, 'note'],
      ['added', added, 'note'],
      ['removed', gone, 'note'],
    ]);
  });

  it('names whiteboard shapes added, removed and rewritten when the caller gives them', () => {
    const doc = newBoard({ kind: 'canvas', title: 'Workshop' });
    const view = readBoard(doc);
    const shapes = {
      before: [
        { id: 'shape:a', type: 'note', text: 'Idea' },
        { id: 'shape:b', type: 'geo', text: '' },
      ],
      after: [
        { id: 'shape:a', type: 'note', text: 'Better idea' },
        { id: 'shape:c', type: 'frame', text: '' },
      ],
    };
    expect(diffBoards(view, view).changes).toEqual([]);
    expect(diffBoards(view, view, { shapes }).changes).toEqual([
      {
        type: 'renamed',
        entry: { collection: 'shapes', id: 'shape:a', title: 'Better idea', noun: 'shape' },
        from: 'Idea',
        to: 'Better idea',
      },
      {
        type: 'added',
        entry: { collection: 'shapes', id: 'shape:c', title: 'frame', noun: 'shape' },
      },
      {
        type: 'removed',
        entry: { collection: 'shapes', id: 'shape:b', title: 'geo', noun: 'shape' },
      },
    ]);
  });

  it('compares boards of different kinds by their entries titles only', () => {
    const roadmap = createTestBoard(1, { title: 'Same' }).doc;
    addItem(roadmap, { title: 'Item' }, ctx);
    const personas = newBoard({ kind: 'personas', title: 'Same' });
    const persona = addPersona(personas, { title: 'Ana' }, ctx);
    const { kind, changes } = diffBoards(readBoard(roadmap), readBoard(personas));
    expect(kind).toBe('personas');
    expect(changes.map((change) => [change.type, change.entry.title])).toEqual([
      ['added', 'Ana'],
      ['removed', 'Item'],
    ]);
    expect(changes[0]?.entry.id).toBe(persona);
  });
});
