import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import { META_FIELDS, SCHEMA_VERSION } from '../core/schema.js';
import { initBoard } from '../board/initBoard.js';
import type { OperationContext } from '../core/OperationContext.js';
import { createTestBoard, TEST_ORIGIN } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { createSeededEnv } from '../../testing/index.js';
import { addTask } from './addTask.js';
import { computeReadiness } from './computeReadiness.js';
import { deleteTask } from './deleteTask.js';
import { LAUNCH_META_FIELDS, TASK_FIELDS, TRACK_FIELDS } from './launchSchema.js';
import { moveTask } from './moveTask.js';
import { readLaunch } from './readLaunch.js';
import { tracksMap } from './resolveTracks.js';
import { setLaunchDate } from './setLaunchDate.js';
import { setLaunchTier } from './setLaunchTier.js';
import { addTrack, deleteTrack, moveTrack, renameTrack } from './trackOperations.js';
import { updateTask } from './updateTask.js';

const EMPTY_PLAN = { kind: 'launch', launchDate: '2027-03-12', template: 'empty' } as const;

describe('computeReadiness', () => {
  it('counts done over every task but cancelled ones; blocked counts as not done', () => {
    expect(computeReadiness(['done', 'todo', 'blocked', 'in-progress'])).toEqual({
      done: 1,
      total: 4,
      percent: 25,
    });
    expect(computeReadiness(['done', 'cancelled'])).toEqual({ done: 1, total: 1, percent: 100 });
    expect(computeReadiness(['cancelled'])).toEqual({ done: 0, total: 0, percent: null });
    expect(computeReadiness([])).toEqual({ done: 0, total: 0, percent: null });
  });

  it('rounds down, so 100% means every task is done', () => {
    const statuses = [...Array<'done'>(199).fill('done'), 'todo' as const];
    expect(computeReadiness(statuses).percent).toBe(99);
    expect(computeReadiness(['done', 'todo', 'todo']).percent).toBe(33);
  });
});

describe('readLaunch', () => {
  it('orders tasks by track, then due date, and gives readiness per track and overall', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const late = addTask(
      doc,
      { title: 'Late', track: 'marketing', offsetDays: 3, status: 'done' },
      ctx,
    );
    const early = addTask(doc, { title: 'Early', track: 'marketing', offsetDays: -3 }, ctx);
    const eng = addTask(doc, { title: 'Eng', track: 'engineering', status: 'blocked' }, ctx);
    const dropped = addTask(doc, { title: 'Dropped', track: 'sales', status: 'cancelled' }, ctx);
    const view = readLaunch(doc);
    expect(view.items.map((item) => item.id)).toEqual([eng, early, late, dropped]);
    const readiness = Object.fromEntries(view.tracks.map((track) => [track.id, track.readiness]));
    expect(readiness).toMatchObject({
      product: { done: 0, total: 0, percent: null },
      engineering: { done: 0, total: 1, percent: 0 },
      marketing: { done: 1, total: 2, percent: 50 },
      sales: { done: 0, total: 0, percent: null },
    });
    expect(view.readiness).toEqual({ done: 1, total: 3, percent: 33 });
  });

  it('reads fields of the wrong type as their defaults and skips entries that are not maps', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const real = addTask(doc, { title: 'Real', offsetDays: -2, track: 'sales' }, ctx);
    doc.transact(() => {
      const { items, meta } = boardMaps(doc);
      items.set('a-number', 42);
      const garbage = new Y.Map<unknown>();
      items.set('garbage', garbage);
      garbage.set(TASK_FIELDS.title, { text: 'no' });
      garbage.set(TASK_FIELDS.status, 'waiting');
      garbage.set(TASK_FIELDS.offsetDays, 1e9);
      garbage.set(TASK_FIELDS.track, 17);
      garbage.set(TASK_FIELDS.description, 5);
      meta.set(LAUNCH_META_FIELDS.tier, 'tier-9');
      tracksMap(doc).set('a-string', 'track');
    });
    const view = readLaunch(doc);
    expect(view.tier).toBe('tier-2');
    expect(view.tracks).toHaveLength(6);
    expect(view.items.map((item) => item.id).sort()).toEqual(['garbage', real].sort());
    expect(view.items.find((item) => item.id === 'garbage')).toMatchObject({
      title: '',
      status: 'todo',
      offsetDays: 0,
      track: 'product',
      description: '',
      dueDate: '2027-03-12',
    });
    // Named operations keep working on and around the garbage.
    updateTask(doc, 'garbage', { title: 'Fixed', offsetDays: 1 }, ctx);
    moveTask(doc, 'garbage', { track: 'support' }, ctx);
    expect(readLaunch(doc).items.find((item) => item.id === 'garbage')).toMatchObject({
      title: 'Fixed',
      track: 'support',
      dueDate: '2027-03-13',
    });
  });

  it('falls back to the UTC day the board was created when the launch date is garbage', () => {
    const doc = new Y.Doc();
    const ctx = { origin: TEST_ORIGIN, env: createSeededEnv(1, Date.UTC(2027, 4, 3, 22)) };
    initBoard(doc, { ...EMPTY_PLAN, title: 'Plan' }, ctx);
    boardMaps(doc).meta.set(LAUNCH_META_FIELDS.launchDate, '2027-02-30');
    expect(readLaunch(doc).launchDate).toBe('2027-05-03');
    boardMaps(doc).meta.set(LAUNCH_META_FIELDS.launchDate, 20270312);
    expect(readLaunch(doc).launchDate).toBe('2027-05-03');
  });

  it('reads an uninitialised document as an empty plan', () => {
    const view = readLaunch(new Y.Doc());
    expect(view).toMatchObject({
      schemaVersion: 0,
      tracks: [],
      items: [],
      launchDate: '1970-01-01',
    });
  });

  it('shows a task whose track is unknown, or whose deleted track points nowhere, in the first track', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const lost = addTask(doc, { title: 'Lost', track: 'sales' }, ctx);
    const forwarded = addTask(doc, { title: 'Forwarded', track: 'support' }, ctx);
    deleteTrack(doc, 'support', { moveTasksTo: 'press' }, ctx);
    doc.transact(() => {
      (boardMaps(doc).items.get(lost) as Y.Map<unknown>).set(TASK_FIELDS.track, 'never-existed');
      (tracksMap(doc).get('support') as Y.Map<unknown>).set(TRACK_FIELDS.movedTo, 42);
    });
    const tracks = Object.fromEntries(readLaunch(doc).items.map((item) => [item.id, item.track]));
    expect(tracks).toEqual({ [lost]: 'product', [forwarded]: 'product' });
  });
});

/** Every launch operation, each applied once to a board with the go-to-market template. */
const EVERY_LAUNCH_OPERATION: ReadonlyArray<{
  readonly name: string;
  readonly run: (doc: Y.Doc, ctx: OperationContext, taskId: string) => unknown;
}> = [
  { name: 'setLaunchDate', run: (doc, ctx) => setLaunchDate(doc, '2027-06-01', ctx) },
  { name: 'setLaunchTier', run: (doc, ctx) => setLaunchTier(doc, 'tier-1', ctx) },
  { name: 'addTask', run: (doc, ctx) => addTask(doc, { title: 'New', track: 'sales' }, ctx) },
  {
    name: 'updateTask',
    run: (doc, ctx, taskId) => updateTask(doc, taskId, { status: 'done', owner: 'Ada' }, ctx),
  },
  { name: 'moveTask', run: (doc, ctx, taskId) => moveTask(doc, taskId, { offsetDays: -1 }, ctx) },
  { name: 'deleteTask', run: (doc, ctx, taskId) => deleteTask(doc, taskId, ctx) },
  { name: 'addTrack', run: (doc, ctx) => addTrack(doc, { name: 'Legal', index: 0 }, ctx) },
  { name: 'renameTrack', run: (doc, ctx) => renameTrack(doc, 'press', 'PR', ctx) },
  { name: 'moveTrack', run: (doc, ctx) => moveTrack(doc, 'press', 0, ctx) },
  { name: 'deleteTrack', run: (doc, ctx) => deleteTrack(doc, 'press', {}, ctx) },
];

function firstTask(doc: Y.Doc): string {
  const id = readLaunch(doc).items[0]?.id;
  if (id === undefined) throw new Error('The board has no task.');
  return id;
}

describe('every launch operation', () => {
  it.each(EVERY_LAUNCH_OPERATION)(
    '$name runs as exactly one transaction with its origin',
    ({ run }) => {
      const { doc, ctx } = createTestBoard(2, { kind: 'launch', launchDate: '2027-03-12' });
      const origins: unknown[] = [];
      const record = (transaction: Y.Transaction) => origins.push(transaction.origin);
      doc.on('afterTransaction', record);
      run(doc, ctx, firstTask(doc));
      doc.off('afterTransaction', record);
      expect(origins).toEqual([ctx.origin]);
    },
  );

  it.each(EVERY_LAUNCH_OPERATION)('$name refuses a board of a newer schema', ({ run }) => {
    const { doc, ctx } = createTestBoard(2, { kind: 'launch', launchDate: '2027-03-12' });
    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(doc));
    boardMaps(newer).meta.set(META_FIELDS.schemaVersion, SCHEMA_VERSION + 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(doc)));
    const taskId = firstTask(doc);
    expectRefused(doc, 'unsupported-schema', () => run(doc, ctx, taskId));
  });

  it.each(EVERY_LAUNCH_OPERATION)('$name refuses a roadmap', ({ run }) => {
    const { doc, ctx } = createTestBoard(2);
    expectRefused(doc, 'invalid', () => run(doc, ctx, 'any-item'));
  });
});
