import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addTask } from './addTask.js';
import { findTaskEntry } from './findTaskEntry.js';
import { LAUNCH_LIMITS, TASK_FIELDS, type TaskStatus } from './launchSchema.js';
import { readLaunch } from './readLaunch.js';
import { deleteTrack } from './trackOperations.js';

const EMPTY_PLAN = { kind: 'launch', launchDate: '2027-03-12', template: 'empty' } as const;

function taskOf(doc: Y.Doc, id: string) {
  const task = readLaunch(doc).items.find((item) => item.id === id);
  if (!task) throw new Error(`No task ${id}.`);
  return task;
}

describe('addTask', () => {
  it('puts a new task in the first track, due on launch day, to do, with a rich-text description', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: '  Pricing page  ' }, ctx);
    const task = taskOf(doc, id);
    expect(task).toMatchObject({
      title: 'Pricing page',
      owner: '',
      status: 'todo',
      track: 'product',
      offsetDays: 0,
      offsetLabel: 'T-0d',
      dueDate: '2027-03-12',
      description: '',
    });
    expect(task.updatedAt).toBe(task.createdAt);
    expect(findTaskEntry(doc, id)?.get(TASK_FIELDS.description)).toBeInstanceOf(Y.XmlFragment);
  });

  it('stores the given fields, trimmed, and computes the due date from the offset', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(
      doc,
      {
        title: 'Analyst briefing',
        owner: ' Grace ',
        status: 'in-progress',
        track: 'press',
        offsetDays: -14,
        description: 'Gartner\nForrester',
      },
      ctx,
    );
    expect(taskOf(doc, id)).toMatchObject({
      owner: 'Grace',
      status: 'in-progress',
      track: 'press',
      offsetDays: -14,
      offsetLabel: 'T-14d',
      dueDate: '2027-02-26',
      description: 'Gartner\nForrester',
    });
  });

  it.each([
    ['an empty title', { title: '' }],
    ['a blank title', { title: ' \t ' }],
    ['a title over the limit', { title: 'x'.repeat(LAUNCH_LIMITS.titleLength + 1) }],
    ['an owner over the limit', { title: 'a', owner: 'x'.repeat(LAUNCH_LIMITS.ownerLength + 1) }],
    [
      'a description over the limit',
      { title: 'a', description: 'x'.repeat(LAUNCH_LIMITS.descriptionLength + 1) },
    ],
    ['an unknown status', { title: 'a', status: 'waiting' as TaskStatus }],
    ['a fractional offset', { title: 'a', offsetDays: 1.5 }],
    ['an offset beyond the limit', { title: 'a', offsetDays: -LAUNCH_LIMITS.maxOffsetDays - 1 }],
    ['a missing title', {} as { title: string }],
  ])('refuses %s', (_, input) => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    expectRefused(doc, 'invalid', () => addTask(doc, input, ctx));
  });

  it('refuses unknown and deleted tracks', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    deleteTrack(doc, 'sales', {}, ctx);
    expectRefused(doc, 'not-found', () => addTask(doc, { title: 'a', track: 'legal' }, ctx));
    expectRefused(doc, 'not-found', () => addTask(doc, { title: 'a', track: 'sales' }, ctx));
  });

  it('counts the title limit in code points', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const title = '🚀'.repeat(LAUNCH_LIMITS.titleLength);
    expect(taskOf(doc, addTask(doc, { title }, ctx)).title).toBe(title);
  });

  it('refuses boards of other kinds and documents that are not boards', () => {
    const roadmap = createTestBoard(1);
    expectRefused(roadmap.doc, 'invalid', () => addTask(roadmap.doc, { title: 'a' }, roadmap.ctx));
    const doc = new Y.Doc();
    expectRefused(doc, 'not-found', () => addTask(doc, { title: 'a' }, testContext(1)));
  });
});
