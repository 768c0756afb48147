import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard } from '../board/initBoard.js';
import { readBoard } from '../board/readBoard.js';
import { testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { createSeededEnv } from '../../testing/index.js';
import { GO_TO_MARKET_TASKS } from './goToMarketTemplate.js';
import { DEFAULT_TRACKS, type LaunchTemplate, type LaunchTier } from './launchSchema.js';
import type { NewLaunch } from './prepareLaunch.js';
import { readLaunch } from './readLaunch.js';

function newLaunch(options: Partial<NewLaunch> = {}, start = Date.UTC(2027, 0, 15, 23, 30)) {
  const doc = new Y.Doc();
  const ctx = { origin: testContext(1).origin, env: createSeededEnv(1, start) };
  initBoard(doc, { kind: 'launch', title: 'Atlas 2.0', ...options }, ctx);
  return doc;
}

describe('a new launch board', () => {
  it('starts from the go-to-market template by default, with every default track', () => {
    const view = readLaunch(newLaunch({ launchDate: '2027-03-12' }));
    expect(view.kind).toBe('launch');
    expect(view.title).toBe('Atlas 2.0');
    expect(view.launchDate).toBe('2027-03-12');
    expect(view.tier).toBe('tier-2');
    expect(view.tracks.map(({ id, name }) => ({ id, name }))).toEqual(
      DEFAULT_TRACKS.map(({ id, name }) => ({ id, name })),
    );
    expect(view.items).toHaveLength(GO_TO_MARKET_TASKS.length);
    for (const template of GO_TO_MARKET_TASKS) {
      const task = view.items.find((item) => item.title === template.title);
      expect(task).toMatchObject({
        track: template.track,
        offsetDays: template.offsetDays,
        status: 'todo',
        owner: '',
        description: '',
      });
    }
    const positioning = view.items.find((item) => item.title === 'Positioning and messaging');
    expect(positioning).toMatchObject({ offsetLabel: 'T-35d', dueDate: '2027-02-05' });
    expect(view.readiness).toEqual({ done: 0, total: GO_TO_MARKET_TASKS.length, percent: 0 });
  });

  it('has the tasks the issue asks for, each on the function that owns it', () => {
    const titles = GO_TO_MARKET_TASKS.map((task) => `${task.track}: ${task.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        'marketing: Positioning and messaging',
        'marketing: Naming and branding',
        'sales: Sales training and pitch deck',
        'support: Support training and help-centre articles',
        'marketing: Customer communication',
        'marketing: Launch event',
        'press: Press and analyst briefings',
      ]),
    );
  });

  it('starts empty (tracks, no tasks) when asked', () => {
    const view = readLaunch(newLaunch({ template: 'empty', tier: 'tier-1' }));
    expect(view.items).toEqual([]);
    expect(view.tracks).toHaveLength(DEFAULT_TRACKS.length);
    expect(view.tier).toBe('tier-1');
    expect(view.readiness).toEqual({ done: 0, total: 0, percent: null });
    for (const track of view.tracks) expect(track.readiness.percent).toBeNull();
  });

  it('launches eight weeks after the UTC day it was created when no date is given', () => {
    expect(readLaunch(newLaunch()).launchDate).toBe('2027-03-12');
    expect(readLaunch(newLaunch({}, Date.UTC(2026, 10, 20))).launchDate).toBe('2027-01-15');
  });

  it('is read by readBoard as a launch view', () => {
    const doc = newLaunch({ launchDate: '2027-03-12' });
    expect(readBoard(doc)).toEqual(readLaunch(doc));
  });

  it.each([
    ['a date that is not a date', { launchDate: '2027-02-30' }],
    ['a date in another format', { launchDate: '12 March 2027' }],
    ['an unknown tier', { tier: 'tier-0' as LaunchTier }],
    ['an unknown template', { template: 'webinar' as LaunchTemplate }],
    ['a blank title', { title: '  ' }],
  ])('refuses %s and writes nothing', (_, options) => {
    const doc = new Y.Doc();
    expectRefused(doc, 'invalid', () =>
      initBoard(doc, { kind: 'launch', title: 'Atlas', ...options }, testContext(1)),
    );
  });
});
