import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type * as Y from 'yjs';
import { addTask } from '../lib/launch/addTask.js';
import { computeReadiness } from '../lib/launch/computeReadiness.js';
import { deleteTask } from '../lib/launch/deleteTask.js';
import { addCalendarDays } from '../lib/launch/launchDate.js';
import { LAUNCH_TIERS, TASK_STATUSES, type TaskStatus } from '../lib/launch/launchSchema.js';
import { moveTask } from '../lib/launch/moveTask.js';
import { readLaunch, type LaunchView } from '../lib/launch/readLaunch.js';
import { setLaunchDate } from '../lib/launch/setLaunchDate.js';
import { setLaunchTier } from '../lib/launch/setLaunchTier.js';
import { addTrack, deleteTrack, moveTrack, renameTrack } from '../lib/launch/trackOperations.js';
import { updateTask } from '../lib/launch/updateTask.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { at } from './boardQueries.js';
import {
  deliverSteps,
  refusable,
  replicaStep,
  resolvePick,
  testConvergence,
  type DeliverStep,
  type Pick,
} from './convergenceHarness.js';

type Step =
  | { kind: 'setLaunchDate'; replica: number; date: string }
  | { kind: 'setLaunchTier'; replica: number; tier: (typeof LAUNCH_TIERS)[number] }
  | { kind: 'addTask'; replica: number; title: string; track?: Pick; offsetDays?: number }
  | { kind: 'updateTask'; replica: number; task: Pick; patch: TaskPatch }
  | { kind: 'moveTask'; replica: number; task: Pick; track?: Pick; offsetDays?: number }
  | { kind: 'deleteTask'; replica: number; task: Pick }
  | { kind: 'addTrack'; replica: number; name: string; index?: number }
  | { kind: 'renameTrack'; replica: number; track: Pick; name: string }
  | { kind: 'moveTrack'; replica: number; track: Pick; index: number }
  | { kind: 'deleteTrack'; replica: number; track: Pick; moveTasksTo?: Pick };

interface TaskPatch {
  title?: string;
  owner?: string;
  status?: TaskStatus;
  offsetDays?: number;
}

const pick = fc.nat({ max: 40 });
const index = fc.nat({ max: 8 });
const text = fc.constantFrom('Briefing', 'Demo', ' Webinar ', 'Δelta', '🚀', '  ');
/** Offsets include out-of-range ones, which the operations refuse. */
const offset = fc.oneof(fc.integer({ min: -60, max: 30 }), fc.constantFrom(-731, 731, 0.5));
/** Dates across month, year and leap-day ends, plus dates that do not exist. */
const date = fc.constantFrom(
  '2027-01-31',
  '2027-02-28',
  '2027-03-01',
  '2027-12-31',
  '2028-01-01',
  '2028-02-29',
  '2027-02-29',
  '2027-13-01',
);

const stepArbitrary: fc.Arbitrary<Step | DeliverStep> = fc.oneof(
  replicaStep(3, 'setLaunchDate', { date }),
  replicaStep(1, 'setLaunchTier', { tier: fc.constantFrom(...LAUNCH_TIERS) }),
  replicaStep(4, 'addTask', { title: text, track: pick, offsetDays: offset }, [
    'track',
    'offsetDays',
  ]),
  replicaStep(4, 'updateTask', {
    task: pick,
    patch: fc.record(
      {
        title: text,
        owner: fc.constantFrom('Ada', 'Grace', ''),
        status: fc.constantFrom(...TASK_STATUSES),
        offsetDays: offset,
      },
      { requiredKeys: [] },
    ),
  }),
  replicaStep(3, 'moveTask', { task: pick, track: pick, offsetDays: offset }, [
    'track',
    'offsetDays',
  ]),
  replicaStep(1, 'deleteTask', { task: pick }),
  replicaStep(1, 'addTrack', { name: text, index }, ['index']),
  replicaStep(1, 'renameTrack', { track: pick, name: text }),
  replicaStep(1, 'moveTrack', { track: pick, index }),
  replicaStep(1, 'deleteTrack', { track: pick, moveTasksTo: pick }, ['moveTasksTo']),
  deliverSteps(3),
);

/**
 * What every replica shows after every step: at least one track, every task in a shown track,
 * tasks grouped by track in track order and by due date within a track, each due date equal to
 * launch day plus its offset, and readiness that adds up.
 */
function expectInvariants(view: LaunchView): void {
  expect(view.tracks.length).toBeGreaterThan(0);
  const trackIndex = new Map(view.tracks.map((track, position) => [track.id, position]));
  view.items.forEach((task, position) => {
    const shownAt = trackIndex.get(task.track);
    if (shownAt === undefined)
      throw new Error(`Task ${task.id} is in unknown track ${task.track}.`);
    expect(task.dueDate).toBe(addCalendarDays(view.launchDate, task.offsetDays));
    const previous = view.items[position - 1];
    if (!previous) return;
    const byTrack = (trackIndex.get(previous.track) ?? 0) - shownAt;
    if (byTrack > 0 || (byTrack === 0 && previous.offsetDays > task.offsetDays)) {
      throw new Error(`Tasks ${previous.id} and ${task.id} are out of order.`);
    }
  });
  for (const track of view.tracks) {
    const statuses = view.items
      .filter((task) => task.track === track.id)
      .map((task) => task.status);
    expect(track.readiness).toEqual(computeReadiness(statuses));
  }
  expect(view.readiness).toEqual(computeReadiness(view.items.map((task) => task.status)));
}

function applyStep(
  doc: Y.Doc,
  ctx: OperationContext,
  step: Step,
  known: { tasks: string[]; tracks: string[] },
): void {
  const view = readLaunch(doc);
  const task = (choice: Pick) =>
    resolvePick(
      choice,
      view.items.map((item) => item.id),
      known.tasks,
    );
  const track = (choice: Pick) =>
    resolvePick(
      choice,
      view.tracks.map((entry) => entry.id),
      known.tracks,
    );
  switch (step.kind) {
    case 'setLaunchDate':
      if (refusable(() => setLaunchDate(doc, step.date, ctx))) {
        expect(readLaunch(doc).launchDate).toBe(step.date);
      }
      return;
    case 'setLaunchTier':
      refusable(() => setLaunchTier(doc, step.tier, ctx));
      return;
    case 'addTask': {
      const target = step.track === undefined ? undefined : track(step.track);
      let id = '';
      const input = { title: step.title, track: target, offsetDays: step.offsetDays };
      if (!refusable(() => (id = addTask(doc, input, ctx)))) return;
      known.tasks.push(id);
      const added = readLaunch(doc).items.find((item) => item.id === id);
      expect(added?.track).toBe(target ?? at(view.tracks, 0).id);
      expect(added?.offsetDays).toBe(step.offsetDays ?? 0);
      return;
    }
    case 'updateTask':
      refusable(() => updateTask(doc, task(step.task), step.patch, ctx));
      return;
    case 'moveTask': {
      const id = task(step.task);
      const target = {
        track: step.track === undefined ? undefined : track(step.track),
        offsetDays: step.offsetDays,
      };
      if (!refusable(() => moveTask(doc, id, target, ctx))) return;
      const moved = readLaunch(doc).items.find((item) => item.id === id);
      if (target.track !== undefined) expect(moved?.track).toBe(target.track);
      if (target.offsetDays !== undefined) expect(moved?.offsetDays).toBe(target.offsetDays);
      return;
    }
    case 'deleteTask':
      refusable(() => deleteTask(doc, task(step.task), ctx));
      return;
    case 'addTrack': {
      let id = '';
      if (refusable(() => (id = addTrack(doc, { name: step.name, index: step.index }, ctx)))) {
        known.tracks.push(id);
      }
      return;
    }
    case 'renameTrack':
      refusable(() => renameTrack(doc, track(step.track), step.name, ctx));
      return;
    case 'moveTrack':
      refusable(() => moveTrack(doc, track(step.track), step.index, ctx));
      return;
    case 'deleteTrack':
      refusable(() => {
        const moveTasksTo = step.moveTasksTo === undefined ? undefined : track(step.moveTasksTo);
        deleteTrack(doc, track(step.track), { moveTasksTo }, ctx);
      });
      return;
  }
}

describe('replicas of a launch plan', () => {
  testConvergence(
    'launch',
    'converge to the same valid plan whatever the operations and the network do',
    {
      board: fc.boolean().map((empty) => ({
        kind: 'launch' as const,
        launchDate: '2027-03-12',
        template: empty ? ('empty' as const) : ('go-to-market' as const),
      })),
      steps: stepArbitrary,
      known: (first) => {
        const view = readLaunch(first);
        return {
          tasks: view.items.map((item) => item.id),
          tracks: view.tracks.map((track) => track.id),
        };
      },
      read: readLaunch,
      apply: applyStep,
      expectInvariants,
    },
  );
});
