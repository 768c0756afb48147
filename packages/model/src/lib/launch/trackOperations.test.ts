import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addTask } from './addTask.js';
import { DEFAULT_TRACKS, LAUNCH_LIMITS } from './launchSchema.js';
import { readLaunch } from './readLaunch.js';
import { addTrack, deleteTrack, moveTrack, renameTrack } from './trackOperations.js';

const EMPTY_PLAN = { kind: 'launch', launchDate: '2027-03-12', template: 'empty' } as const;

const trackNames = (doc: Y.Doc) => readLaunch(doc).tracks.map((track) => track.name);
const trackIds = (doc: Y.Doc) => readLaunch(doc).tracks.map((track) => track.id);
const trackOfTask = (doc: Y.Doc, id: string) =>
  readLaunch(doc).items.find((item) => item.id === id)?.track;

describe('addTrack', () => {
  it('adds a track at the end or at an index', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const legal = addTrack(doc, { name: ' Legal ' }, ctx);
    const partners = addTrack(doc, { name: 'Partners', index: 0 }, ctx);
    expect(trackIds(doc)).toEqual([partners, ...DEFAULT_TRACKS.map((track) => track.id), legal]);
    expect(trackNames(doc).at(-1)).toBe('Legal');
    expect(readLaunch(doc).tracks.at(-1)?.readiness).toEqual({ done: 0, total: 0, percent: null });
  });

  it('refuses blank or over-long names, bad indexes and too many tracks', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    expectRefused(doc, 'invalid', () => addTrack(doc, { name: ' ' }, ctx));
    expectRefused(doc, 'invalid', () =>
      addTrack(doc, { name: 'x'.repeat(LAUNCH_LIMITS.trackNameLength + 1) }, ctx),
    );
    expectRefused(doc, 'invalid', () => addTrack(doc, { name: 'Legal', index: -1 }, ctx));
    for (let count = DEFAULT_TRACKS.length; count < LAUNCH_LIMITS.tracksPerBoard; count++) {
      addTrack(doc, { name: `Track ${count}` }, ctx);
    }
    expectRefused(doc, 'invalid', () => addTrack(doc, { name: 'One too many' }, ctx));
  });
});

describe('renameTrack and moveTrack', () => {
  it('renames and reorders tracks', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    renameTrack(doc, 'press', 'Press', ctx);
    moveTrack(doc, 'press', 0, ctx);
    moveTrack(doc, 'product', 99, ctx);
    expect(trackNames(doc)).toEqual([
      'Press',
      'Engineering',
      'Marketing',
      'Sales',
      'Support',
      'Product',
    ]);
  });

  it('refuses unknown or deleted tracks and bad names', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    deleteTrack(doc, 'sales', {}, ctx);
    expectRefused(doc, 'not-found', () => renameTrack(doc, 'sales', 'Sales', ctx));
    expectRefused(doc, 'not-found', () => moveTrack(doc, 'legal', 0, ctx));
    expectRefused(doc, 'invalid', () => renameTrack(doc, 'press', '', ctx));
    expectRefused(doc, 'invalid', () => moveTrack(doc, 'press', 0.5, ctx));
  });

  it('keeps one order on every replica when two people move tracks at once', () => {
    const { network, replicas, contexts } = createTestReplicas(3, 5, EMPTY_PLAN);
    moveTrack(at(replicas, 0), 'press', 0, at(contexts, 0));
    moveTrack(at(replicas, 1), 'sales', 0, at(contexts, 1));
    renameTrack(at(replicas, 2), 'press', 'PR', at(contexts, 2));
    network.deliverAll();
    const views = replicas.map((doc) => readLaunch(doc));
    for (const view of views) expect(view).toEqual(at(views, 0));
    expect(trackIds(at(replicas, 0)).slice(0, 2).sort()).toEqual(['press', 'sales']);
    expect(at(views, 0).tracks.find((track) => track.id === 'press')?.name).toBe('PR');
  });
});

describe('deleteTrack', () => {
  it('moves its tasks, with their offsets, to the first other track by default', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Datasheet', track: 'product', offsetDays: -5 }, ctx);
    deleteTrack(doc, 'product', {}, ctx);
    expect(trackIds(doc)).not.toContain('product');
    expect(readLaunch(doc).items.find((item) => item.id === id)).toMatchObject({
      track: 'engineering',
      offsetDays: -5,
    });
  });

  it('moves its tasks to the track named', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Datasheet', track: 'product' }, ctx);
    deleteTrack(doc, 'product', { moveTasksTo: 'marketing' }, ctx);
    expect(trackOfTask(doc, id)).toBe('marketing');
  });

  it('follows a chain of deletes to the live track', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    const id = addTask(doc, { title: 'Datasheet', track: 'product' }, ctx);
    deleteTrack(doc, 'product', { moveTasksTo: 'marketing' }, ctx);
    deleteTrack(doc, 'marketing', { moveTasksTo: 'support' }, ctx);
    expect(trackOfTask(doc, id)).toBe('support');
  });

  it('refuses the last track, unknown tracks, and moving tasks into the deleted or an unknown track', () => {
    const { doc, ctx } = createTestBoard(1, EMPTY_PLAN);
    expectRefused(doc, 'invalid', () => deleteTrack(doc, 'sales', { moveTasksTo: 'sales' }, ctx));
    expectRefused(doc, 'not-found', () => deleteTrack(doc, 'sales', { moveTasksTo: 'legal' }, ctx));
    expectRefused(doc, 'not-found', () => deleteTrack(doc, 'legal', {}, ctx));
    for (const id of trackIds(doc).slice(1)) deleteTrack(doc, id, {}, ctx);
    expectRefused(doc, 'conflict', () => deleteTrack(doc, 'product', {}, ctx));
  });

  it('takes along a task added to the track while it was being deleted', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 7, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    deleteTrack(alice, 'sales', { moveTasksTo: 'support' }, at(contexts, 0));
    const id = addTask(bob, { title: 'Battlecard', track: 'sales' }, at(contexts, 1));
    network.deliverAll();
    for (const replica of replicas) expect(trackOfTask(replica, id)).toBe('support');
  });

  it('shows tasks somewhere when two people delete two tracks into each other', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 8, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addTask(alice, { title: 'Battlecard', track: 'sales' }, at(contexts, 0));
    network.deliverAll();
    deleteTrack(alice, 'sales', { moveTasksTo: 'support' }, at(contexts, 0));
    deleteTrack(bob, 'support', { moveTasksTo: 'sales' }, at(contexts, 1));
    network.deliverAll();
    expect(readLaunch(alice)).toEqual(readLaunch(bob));
    expect(trackOfTask(alice, id)).toBe('product');
  });

  it('shows the first track again when concurrent deletes archive every track', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 9, EMPTY_PLAN);
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    for (const id of trackIds(alice).slice(2)) deleteTrack(alice, id, {}, at(contexts, 0));
    network.deliverAll();
    const id = addTask(alice, { title: 'Battlecard', track: 'engineering' }, at(contexts, 0));
    deleteTrack(alice, 'product', {}, at(contexts, 0));
    deleteTrack(bob, 'engineering', {}, at(contexts, 1));
    network.deliverAll();
    const view = readLaunch(alice);
    expect(view).toEqual(readLaunch(bob));
    expect(view.tracks.map((track) => track.id)).toEqual(['product']);
    expect(trackOfTask(alice, id)).toBe('product');
  });
});
