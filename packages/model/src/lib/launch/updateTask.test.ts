import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addTask } from './addTask.js';
import { deleteTask } from './deleteTask.js';
import { LAUNCH_LIMITS } from './launchSchema.js';
import { moveTask } from './moveTask.js';
import { readLaunch } from './readLaunch.js';
import { setLaunchDate } from './setLaunchDate.js';
import { updateTask } from './updateTask.js';

const EMPTY_PLAN = { kind: 'launch', launchDate: '2027-03-12', template: 'empty' } as const;

function taskOf(doc: Y.Doc, id: string) {
  const task = readLaunch(doc).items.find((item) => item.id === id);
  if (!task) throw new Error(`No task ${id}.`);
  return task;
}

describe('updateTask', () => {
  it('changes only the fields in the patch and bumps updatedAt', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Webinar', owner: 'Ada', offsetDays: -3 }, ctx);
    const before = taskOf(doc, id);
    updateTask(doc, id, { status: 'blocked', owner: ' Grace ' }, ctx);
    const after = taskOf(doc, id);
    expect(after).toEqual({
      ...before,
      status: 'blocked',
      owner: 'Grace',
      updatedAt: after.updatedAt,
    });
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it('changes offset, track, title and description, and lets owner and description be cleared', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Webinar', owner: 'Ada', description: 'Draft' }, ctx);
    updateTask(
      doc,
      id,
      {
        title: 'Launch webinar',
        track: 'marketing',
        offsetDays: 7,
        description: 'Agenda\nSpeakers',
      },
      ctx,
    );
    expect(taskOf(doc, id)).toMatchObject({
      title: 'Launch webinar',
      track: 'marketing',
      offsetDays: 7,
      offsetLabel: 'T+7d',
      dueDate: '2027-03-19',
      description: 'Agenda\nSpeakers',
    });
    updateTask(doc, id, { owner: '', description: '' }, ctx);
    expect(taskOf(doc, id)).toMatchObject({ owner: '', description: '' });
  });

  it('refuses bad fields, unknown tracks and unknown tasks, writing nothing', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Webinar' }, ctx);
    expectRefused(doc, 'invalid', () => updateTask(doc, id, { title: ' ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      updateTask(doc, id, { offsetDays: LAUNCH_LIMITS.maxOffsetDays + 1 }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      updateTask(doc, id, { title: 'ok', offsetDays: 0.25 }, ctx),
    );
    expectRefused(doc, 'not-found', () => updateTask(doc, id, { track: 'legal' }, ctx));
    expectRefused(doc, 'not-found', () => updateTask(doc, 'no-such-task', { title: 'a' }, ctx));
    deleteTask(doc, id, ctx);
    expectRefused(doc, 'not-found', () => updateTask(doc, id, { title: 'a' }, ctx));
  });

  it('keeps both changes when two people edit different fields of a task at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 11, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addTask(alice, { title: 'Webinar' }, at(contexts, 0));
    network.deliverAll();
    updateTask(alice, id, { owner: 'Alice', status: 'done' }, at(contexts, 0));
    updateTask(bob, id, { offsetDays: -21, track: 'sales' }, at(contexts, 1));
    network.deliverAll();
    expect(readLaunch(alice)).toEqual(readLaunch(bob));
    expect(taskOf(alice, id)).toMatchObject({
      owner: 'Alice',
      status: 'done',
      offsetDays: -21,
      track: 'sales',
    });
  });
});

describe('moveTask', () => {
  it('moves a task to another track and reschedules it, each alone or both at once', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Demo video', offsetDays: -10 }, ctx);
    moveTask(doc, id, { track: 'marketing' }, ctx);
    expect(taskOf(doc, id)).toMatchObject({ track: 'marketing', offsetDays: -10 });
    moveTask(doc, id, { offsetDays: -12 }, ctx);
    expect(taskOf(doc, id)).toMatchObject({ track: 'marketing', offsetDays: -12 });
    moveTask(doc, id, { track: 'sales', offsetDays: 3 }, ctx);
    expect(taskOf(doc, id)).toMatchObject({ track: 'sales', offsetDays: 3, dueDate: '2027-03-15' });
  });

  it('refuses a move to nowhere, to an unknown track or out of range', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Demo video' }, ctx);
    expectRefused(doc, 'invalid', () => moveTask(doc, id, {}, ctx));
    expectRefused(doc, 'not-found', () => moveTask(doc, id, { track: 'legal' }, ctx));
    expectRefused(doc, 'invalid', () => moveTask(doc, id, { offsetDays: 10_000 }, ctx));
    expectRefused(doc, 'not-found', () => moveTask(doc, 'nope', { offsetDays: 1 }, ctx));
  });

  it('keeps a reschedule made while someone else moves the launch date: both survive', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 12, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addTask(alice, { title: 'Press release', offsetDays: -7 }, at(contexts, 0));
    network.deliverAll();
    setLaunchDate(alice, '2027-04-30', at(contexts, 0));
    moveTask(bob, id, { offsetDays: -14 }, at(contexts, 1));
    network.deliverAll();
    for (const replica of replicas) {
      expect(readLaunch(replica).launchDate).toBe('2027-04-30');
      expect(taskOf(replica, id)).toMatchObject({ offsetDays: -14, dueDate: '2027-04-16' });
    }
  });
});

describe('deleteTask', () => {
  it('removes the task and leaves the others', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const ids = ['a', 'b', 'c'].map((title, index) =>
      addTask(doc, { title, offsetDays: index }, ctx),
    );
    deleteTask(doc, at(ids, 1), ctx);
    expect(readLaunch(doc).items.map((item) => item.id)).toEqual([at(ids, 0), at(ids, 2)]);
    expectRefused(doc, 'not-found', () => deleteTask(doc, at(ids, 1), ctx));
  });

  it('wins over a concurrent edit of the same task', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 13, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addTask(alice, { title: 'Webinar' }, at(contexts, 0));
    network.deliverAll();
    deleteTask(alice, id, at(contexts, 0));
    updateTask(bob, id, { status: 'done' }, at(contexts, 1));
    network.deliverAll();
    for (const replica of replicas) expect(readLaunch(replica).items).toEqual([]);
  });
});
