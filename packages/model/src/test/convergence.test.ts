import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type * as Y from 'yjs';
import { addItem } from '../lib/roadmap/addItem.js';
import { deleteItem } from '../lib/roadmap/deleteItem.js';
import { addLane, deleteLane, moveLane, renameLane } from '../lib/roadmap/laneOperations.js';
import { moveItem } from '../lib/roadmap/moveItem.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { compareOrdered } from '../lib/core/orderKeys.js';
import { readRoadmap, type RoadmapView, type ItemView } from '../lib/roadmap/readRoadmap.js';
import { ITEM_STATUSES } from '../lib/core/schema.js';
import { updateItem } from '../lib/roadmap/updateItem.js';
import { addDependency, removeDependency } from '../lib/roadmap/dependencyOperations.js';
import { addRelease, deleteRelease, updateRelease } from '../lib/roadmap/releaseOperations.js';
import { ITEM_HEALTHS, RELEASE_TYPES, RICE_IMPACTS } from '../lib/roadmap/roadmapSchema.js';
import { at, cellIds, itemOf } from './boardQueries.js';
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
  | { kind: 'addItem'; replica: number; title: string; lane?: Pick; horizon?: Pick; index?: number }
  | { kind: 'updateItem'; replica: number; item: Pick; patch: UpdatePatch }
  | { kind: 'moveItem'; replica: number; item: Pick; lane?: Pick; horizon?: Pick; index?: number }
  | { kind: 'deleteItem'; replica: number; item: Pick }
  | { kind: 'addLane'; replica: number; name: string; index?: number }
  | { kind: 'renameLane'; replica: number; lane: Pick; name: string }
  | { kind: 'moveLane'; replica: number; lane: Pick; index: number }
  | { kind: 'deleteLane'; replica: number; lane: Pick; moveItemsTo?: Pick }
  | { kind: 'schedule'; replica: number; item: Pick; start: number | null; length: number }
  | { kind: 'addDependency'; replica: number; item: Pick; dependsOn: Pick }
  | { kind: 'removeDependency'; replica: number; item: Pick; dependsOn: Pick }
  | { kind: 'addRelease'; replica: number; name: string; day: number; type: ReleaseKind }
  | { kind: 'updateRelease'; replica: number; release: Pick; name: string; index: number }
  | { kind: 'deleteRelease'; replica: number; release: Pick }
  | { kind: 'assignRelease'; replica: number; item: Pick; release: Pick | null };

type ReleaseKind = (typeof RELEASE_TYPES)[number];

interface UpdatePatch {
  title?: string;
  status?: (typeof ITEM_STATUSES)[number];
  tags?: string[];
  health?: (typeof ITEM_HEALTHS)[number];
  reach?: number | null;
  impact?: number | null;
  confidence?: number | null;
  effort?: number | null;
  value?: number | null;
}

/** Day `n` of 2026 as 'YYYY-MM-DD' (n from 0), so runs pick dates by number. */
function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
}

const pick = fc.nat({ max: 40 });
const index = fc.nat({ max: 6 });
const text = fc.constantFrom('Alpha', 'Beta', ' Gamma ', 'Δelta', '🚀', '  ');

const stepArbitrary: fc.Arbitrary<Step | DeliverStep> = fc.oneof(
  replicaStep(4, 'addItem', { title: text, lane: pick, horizon: pick, index }, [
    'lane',
    'horizon',
    'index',
  ]),
  replicaStep(2, 'updateItem', {
    item: pick,
    patch: fc.record(
      {
        title: text,
        status: fc.constantFrom(...ITEM_STATUSES),
        tags: fc.subarray(['q1', 'q2', 'risk', 'ux']),
        health: fc.constantFrom(...ITEM_HEALTHS),
        // Mostly valid scores, sometimes out of range, so refusals are exercised too.
        reach: fc.option(fc.integer({ min: -1, max: 5000 })),
        impact: fc.option(fc.constantFrom(...RICE_IMPACTS, 1.5)),
        confidence: fc.option(fc.integer({ min: 0, max: 101 })),
        effort: fc.option(fc.constantFrom(0, 0.5, 1, 3)),
        value: fc.option(fc.integer({ min: 0, max: 10 })),
      },
      { requiredKeys: [] },
    ),
  }),
  replicaStep(4, 'moveItem', { item: pick, lane: pick, horizon: pick, index }, [
    'lane',
    'horizon',
    'index',
  ]),
  replicaStep(1, 'deleteItem', { item: pick }),
  replicaStep(1, 'addLane', { name: text, index }, ['index']),
  replicaStep(1, 'renameLane', { lane: pick, name: text }),
  replicaStep(1, 'moveLane', { lane: pick, index }),
  replicaStep(1, 'deleteLane', { lane: pick, moveItemsTo: pick }, ['moveItemsTo']),
  replicaStep(2, 'schedule', {
    item: pick,
    start: fc.option(fc.nat({ max: 120 })),
    // Negative lengths ask for an end before the start, which is refused.
    length: fc.integer({ min: -2, max: 40 }),
  }),
  replicaStep(2, 'addDependency', { item: pick, dependsOn: pick }),
  replicaStep(1, 'removeDependency', { item: pick, dependsOn: pick }),
  replicaStep(1, 'addRelease', {
    name: text,
    day: fc.nat({ max: 200 }),
    type: fc.constantFrom(...RELEASE_TYPES),
  }),
  replicaStep(1, 'updateRelease', { release: pick, name: text, index }),
  replicaStep(1, 'deleteRelease', { release: pick }),
  replicaStep(1, 'assignRelease', { item: pick, release: fc.option(pick) }),
  deliverSteps(3),
);

/**
 * What every replica shows after every step, synced or not: at least one lane, every item in a
 * shown lane and horizon, items grouped by cell in lane then horizon order, and strictly ordered
 * by (order key, id) within a cell; dates in order; dependencies, warnings and releases naming
 * only what the board shows; scores that agree with their inputs.
 */
function expectInvariants(view: RoadmapView): void {
  expect(view.lanes.length).toBeGreaterThan(0);
  const itemIds = new Set(view.items.map((item) => item.id));
  const releaseIds = new Set(view.releases.map((release) => release.id));
  for (const item of view.items) {
    if (item.startDate !== null && item.endDate !== null) {
      expect(item.endDate >= item.startDate).toBe(true);
    }
    for (const dependency of item.dependencies) {
      expect(itemIds.has(dependency) && dependency !== item.id).toBe(true);
    }
    for (const warning of item.warnings) expect(item.dependencies).toContain(warning.dependsOn);
    if (item.releaseId !== null) expect(releaseIds.has(item.releaseId)).toBe(true);
    const scored = [item.reach, item.impact, item.confidence, item.effort].every((n) => n !== null);
    expect(item.riceScore !== null).toBe(scored);
    expect(item.valueEffort !== null).toBe(item.value !== null && item.effort !== null);
  }
  const laneIndex = new Map(view.lanes.map((lane, position) => [lane.id, position]));
  const horizonIndex = new Map(view.horizons.map((horizon, position) => [horizon.id, position]));
  const cellOrder = (item: ItemView) => {
    const lane = laneIndex.get(item.lane);
    const horizon = horizonIndex.get(item.horizon);
    if (lane === undefined || horizon === undefined) {
      throw new Error(`Item ${item.id} is in ${item.lane}/${item.horizon}, which the board lacks.`);
    }
    return lane * view.horizons.length + horizon;
  };
  view.items.forEach((item, position) => {
    const previous = view.items[position - 1];
    if (!previous) return;
    const byCell = cellOrder(previous) - cellOrder(item);
    if (byCell > 0 || (byCell === 0 && compareOrdered(previous, item) >= 0)) {
      throw new Error(`Items ${previous.id} and ${item.id} are out of order.`);
    }
  });
}

/** Applies a step to its replica and checks what that replica shows right after. */
function applyStep(
  doc: Y.Doc,
  ctx: OperationContext,
  step: Step,
  known: { items: string[]; lanes: string[]; releases: string[] },
): void {
  const view = readRoadmap(doc);
  const itemIds = view.items.map((item) => item.id);
  const laneIds = view.lanes.map((lane) => lane.id);
  const horizonIds = view.horizons.map((horizon) => horizon.id);
  const item = (choice: Pick) => resolvePick(choice, itemIds, known.items);
  const lane = (choice: Pick) => resolvePick(choice, laneIds, known.lanes);
  const releaseIds = view.releases.map((entry) => entry.id);
  const release = (choice: Pick) => resolvePick(choice, releaseIds, known.releases);
  const placement = (choice: { lane?: Pick; horizon?: Pick; index?: number }) => ({
    lane: choice.lane === undefined ? undefined : lane(choice.lane),
    horizon: choice.horizon === undefined ? undefined : resolvePick(choice.horizon, horizonIds, []),
    index: choice.index,
  });
  switch (step.kind) {
    case 'addItem': {
      const target = placement(step);
      let id = '';
      if (!refusable(() => (id = addItem(doc, { title: step.title, ...target }, ctx)))) return;
      known.items.push(id);
      const added = itemOf(readRoadmap(doc), id);
      expect([added.lane, added.horizon]).toEqual([
        target.lane ?? at(laneIds, 0),
        target.horizon ?? at(horizonIds, 0),
      ]);
      expectAtIndex(doc, id, target.index);
      return;
    }
    case 'updateItem':
      refusable(() => updateItem(doc, item(step.item), step.patch, ctx));
      return;
    case 'moveItem': {
      const id = item(step.item);
      const target = placement(step);
      if (!refusable(() => moveItem(doc, id, target, ctx))) return;
      const before = itemOf(view, id);
      const after = itemOf(readRoadmap(doc), id);
      expect([after.lane, after.horizon]).toEqual([
        target.lane ?? before.lane,
        target.horizon ?? before.horizon,
      ]);
      expectAtIndex(doc, id, target.index);
      return;
    }
    case 'deleteItem':
      refusable(() => deleteItem(doc, item(step.item), ctx));
      return;
    case 'addLane': {
      let id = '';
      if (refusable(() => (id = addLane(doc, { name: step.name, index: step.index }, ctx)))) {
        known.lanes.push(id);
      }
      return;
    }
    case 'renameLane':
      refusable(() => renameLane(doc, lane(step.lane), step.name, ctx));
      return;
    case 'moveLane':
      refusable(() => moveLane(doc, lane(step.lane), step.index, ctx));
      return;
    case 'deleteLane':
      refusable(() => {
        const moveItemsTo = step.moveItemsTo === undefined ? undefined : lane(step.moveItemsTo);
        deleteLane(doc, lane(step.lane), { moveItemsTo }, ctx);
      });
      return;
    case 'schedule': {
      const id = item(step.item);
      const startDate = step.start === null ? null : day(step.start);
      const endDate = step.start === null ? null : day(step.start + step.length);
      if (!refusable(() => updateItem(doc, id, { startDate, endDate }, ctx))) return;
      expect(itemOf(readRoadmap(doc), id)).toMatchObject({ startDate, endDate });
      return;
    }
    case 'addDependency': {
      const id = item(step.item);
      const target = item(step.dependsOn);
      if (!refusable(() => addDependency(doc, id, target, ctx))) return;
      // Locally, a dependency never closes a cycle.
      expect(itemOf(readRoadmap(doc), id).warnings).not.toContainEqual({
        dependsOn: target,
        reason: 'cycle',
      });
      return;
    }
    case 'removeDependency':
      refusable(() => removeDependency(doc, item(step.item), item(step.dependsOn), ctx));
      return;
    case 'addRelease': {
      let id = '';
      const input = { name: step.name, date: day(step.day), type: step.type };
      if (refusable(() => (id = addRelease(doc, input, ctx)))) known.releases.push(id);
      return;
    }
    case 'updateRelease':
      refusable(() =>
        updateRelease(doc, release(step.release), { name: step.name, index: step.index }, ctx),
      );
      return;
    case 'deleteRelease':
      refusable(() => deleteRelease(doc, release(step.release), ctx));
      return;
    case 'assignRelease': {
      const id = item(step.item);
      const releaseId = step.release === null ? null : release(step.release);
      if (!refusable(() => updateItem(doc, id, { releaseId }, ctx))) return;
      expect(itemOf(readRoadmap(doc), id).releaseId).toBe(releaseId);
      return;
    }
  }
}

/** Right after placing an item at `index` (default: the end), its replica shows it there. */
function expectAtIndex(doc: Y.Doc, id: string, index: number | undefined): void {
  const view = readRoadmap(doc);
  const { lane, horizon } = itemOf(view, id);
  const cell = cellIds(view, lane, horizon);
  expect(cell.indexOf(id)).toBe(Math.min(index ?? cell.length, cell.length - 1));
}

describe('replicas of a board', () => {
  testConvergence(
    'roadmap',
    'converge to the same valid board whatever the operations and the network do',
    {
      board: { lanes: ['Design', 'Build'] },
      steps: stepArbitrary,
      known: (first) => ({
        items: [] as string[],
        lanes: readRoadmap(first).lanes.map((lane) => lane.id),
        releases: [] as string[],
      }),
      read: readRoadmap,
      apply: applyStep,
      expectInvariants,
    },
  );
});
