import { describe, expect, it } from 'vitest';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addTask } from './addTask.js';
import type { LaunchTier } from './launchSchema.js';
import { readLaunch } from './readLaunch.js';
import { setLaunchDate } from './setLaunchDate.js';
import { setLaunchTier } from './setLaunchTier.js';
import { updateTask } from './updateTask.js';

const EMPTY_PLAN = { kind: 'launch', launchDate: '2027-03-12', template: 'empty' } as const;

describe('setLaunchDate', () => {
  it('moves every task with launch day, across month and year ends', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    addTask(doc, { title: 'Briefings', offsetDays: -14 }, ctx);
    addTask(doc, { title: 'Retro', offsetDays: 7 }, ctx);
    addTask(doc, { title: 'Launch', offsetDays: 0 }, ctx);
    const dues = () => readLaunch(doc).items.map((item) => `${item.offsetLabel} ${item.dueDate}`);
    expect(dues()).toEqual(['T-14d 2027-02-26', 'T-0d 2027-03-12', 'T+7d 2027-03-19']);
    setLaunchDate(doc, '2028-01-05', ctx);
    expect(dues()).toEqual(['T-14d 2027-12-22', 'T-0d 2028-01-05', 'T+7d 2028-01-12']);
    setLaunchDate(doc, '2028-02-25', ctx);
    expect(dues()).toEqual(['T-14d 2028-02-11', 'T-0d 2028-02-25', 'T+7d 2028-03-03']);
  });

  it.each(['2027-02-29', '2027-04-31', '27-03-12', '2027/03/12', '', 'tomorrow'])(
    'refuses %j and writes nothing',
    (date) => {
      const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
      expectRefused(doc, 'invalid', () => setLaunchDate(doc, date, ctx));
    },
  );

  it('refuses a roadmap', () => {
    const { doc, ctx } = createTestBoard(1);
    expectRefused(doc, 'invalid', () => setLaunchDate(doc, '2027-03-12', ctx));
  });

  it('ends with one launch date on every replica when several people move it at once', () => {
    const { network, replicas, contexts } = createTestReplicas(4, 3, EMPTY_PLAN);
    const dates = ['2027-04-01', '2027-05-01', '2027-06-01', '2027-07-01'];
    replicas.forEach((doc, index) => setLaunchDate(doc, at(dates, index), at(contexts, index)));
    network.deliverAll();
    const views = replicas.map((doc) => readLaunch(doc));
    for (const view of views) expect(view).toEqual(at(views, 0));
    expect(dates).toContain(at(views, 0).launchDate);
  });

  it('keeps an offset edit made while the launch date moves, and shows the task on the new date', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 4, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addTask(alice, { title: 'Sales kick-off', offsetDays: -7 }, at(contexts, 0));
    network.deliverAll();
    setLaunchDate(alice, '2027-12-28', at(contexts, 0));
    updateTask(bob, id, { offsetDays: 5, owner: 'Bob' }, at(contexts, 1));
    network.deliverAll();
    for (const replica of replicas) {
      const view = readLaunch(replica);
      expect(view.launchDate).toBe('2027-12-28');
      expect(view.items[0]).toMatchObject({ offsetDays: 5, owner: 'Bob', dueDate: '2028-01-02' });
    }
  });
});

describe('setLaunchTier', () => {
  it('sets the tier', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    setLaunchTier(doc, 'tier-1', ctx);
    expect(readLaunch(doc).tier).toBe('tier-1');
    setLaunchTier(doc, 'tier-3', ctx);
    expect(readLaunch(doc).tier).toBe('tier-3');
  });

  it('refuses an unknown tier', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    expectRefused(doc, 'invalid', () => setLaunchTier(doc, 'major' as LaunchTier, ctx));
  });
});
