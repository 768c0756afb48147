import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type * as Y from 'yjs';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { compareOrdered } from '../lib/core/orderKeys.js';
import {
  addCompetitor,
  deleteCompetitor,
  updateCompetitor,
} from '../lib/strategy/competitorOperations.js';
import { addGoal, deleteGoal, updateGoal } from '../lib/strategy/goalOperations.js';
import {
  addKeyResult,
  deleteKeyResult,
  updateKeyResult,
} from '../lib/strategy/keyResultOperations.js';
import { moveStrategyItem } from '../lib/strategy/moveStrategyItem.js';
import { readStrategy, type StrategyView } from '../lib/strategy/readStrategy.js';
import { setPositioning, setVision } from '../lib/strategy/statementOperations.js';
import { GOAL_STATUSES } from '../lib/strategy/strategySchema.js';
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
  | { kind: 'addGoal'; replica: number; title: string; index?: number; keyResults: number }
  | { kind: 'updateGoal'; replica: number; goal: Pick; patch: GoalPatch }
  | { kind: 'rewriteKeyResults'; replica: number; goal: Pick; keep: Pick[]; add: number }
  | { kind: 'deleteGoal'; replica: number; goal: Pick }
  | { kind: 'move'; replica: number; item: Pick; index: number }
  | { kind: 'addKeyResult'; replica: number; goal: Pick; name: string; target: number }
  | { kind: 'updateKeyResult'; replica: number; goal: Pick; keyResult: Pick; current: number }
  | { kind: 'deleteKeyResult'; replica: number; goal: Pick; keyResult: Pick }
  | { kind: 'addCompetitor'; replica: number; title: string; strengths: string[] }
  | { kind: 'updateCompetitor'; replica: number; competitor: Pick; patch: CompetitorPatch }
  | { kind: 'deleteCompetitor'; replica: number; competitor: Pick }
  | { kind: 'setVision'; replica: number; vision: string }
  | {
      kind: 'setPositioning';
      replica: number;
      part: 'for' | 'who' | 'unlike' | 'we';
      text: string;
    };

interface GoalPatch {
  title?: string;
  status?: (typeof GOAL_STATUSES)[number] | null;
  confidence?: number | null;
}

interface CompetitorPatch {
  title?: string;
  strengths?: string[];
  weaknesses?: string[];
  differentiation?: string;
}

const pick = fc.nat({ max: 30 });
const text = fc.constantFrom('Alpha', 'Beta', ' Gamma ', 'Δelta', '🚀', '  ');
const list = fc.subarray(['Fast', 'Cheap', 'Open', 'Offline', 'Pretty']);
const value = fc.integer({ min: -50, max: 150 });

const stepArbitrary: fc.Arbitrary<Step | DeliverStep> = fc.oneof(
  replicaStep(
    3,
    'addGoal',
    { title: text, index: fc.nat({ max: 5 }), keyResults: fc.nat({ max: 2 }) },
    ['index'],
  ),
  replicaStep(2, 'updateGoal', {
    goal: pick,
    patch: fc.record(
      {
        title: text,
        status: fc.constantFrom(null, ...GOAL_STATUSES),
        confidence: fc.constantFrom(null, 0, 50, 100, 101),
      },
      { requiredKeys: [] },
    ),
  }),
  replicaStep(1, 'rewriteKeyResults', {
    goal: pick,
    keep: fc.array(pick, { maxLength: 3 }),
    add: fc.nat({ max: 2 }),
  }),
  replicaStep(1, 'deleteGoal', { goal: pick }),
  replicaStep(2, 'move', { item: pick, index: fc.nat({ max: 5 }) }),
  replicaStep(3, 'addKeyResult', { goal: pick, name: text, target: value }),
  replicaStep(3, 'updateKeyResult', { goal: pick, keyResult: pick, current: value }),
  replicaStep(1, 'deleteKeyResult', { goal: pick, keyResult: pick }),
  replicaStep(2, 'addCompetitor', { title: text, strengths: list }),
  replicaStep(3, 'updateCompetitor', {
    competitor: pick,
    patch: fc.record(
      { title: text, strengths: list, weaknesses: list, differentiation: text },
      { requiredKeys: [] },
    ),
  }),
  replicaStep(1, 'deleteCompetitor', { competitor: pick }),
  replicaStep(1, 'setVision', { vision: text }),
  replicaStep(1, 'setPositioning', {
    part: fc.constantFrom('for' as const, 'who' as const, 'unlike' as const, 'we' as const),
    text,
  }),
  deliverSteps(4),
);

/**
 * What every replica shows after every step: goals before competitors, each strictly ordered by
 * (order key, id), every progress between 0 and 1.
 */
function expectInvariants(view: StrategyView): void {
  const firstCompetitor = view.items.findIndex((item) => item.type === 'competitor');
  if (firstCompetitor !== -1) {
    expect(view.items.slice(firstCompetitor).every((item) => item.type === 'competitor')).toBe(
      true,
    );
  }
  view.items.forEach((item, position) => {
    const previous = view.items[position - 1];
    if (previous && previous.type === item.type && compareOrdered(previous, item) >= 0) {
      throw new Error(`Entries ${previous.id} and ${item.id} are out of order.`);
    }
    if (item.type !== 'goal') return;
    for (const keyResult of item.keyResults) {
      expect(keyResult.progress).toBeGreaterThanOrEqual(0);
      expect(keyResult.progress).toBeLessThanOrEqual(1);
    }
  });
}

interface Known {
  goals: string[];
  competitors: string[];
  keyResults: string[];
}

function applyStep(doc: Y.Doc, ctx: OperationContext, step: Step, known: Known): void {
  const view = readStrategy(doc);
  const goals = view.items.flatMap((item) => (item.type === 'goal' ? [item] : []));
  const goalIds = goals.map((item) => item.id);
  const competitorIds = view.items.flatMap((item) => (item.type === 'competitor' ? [item.id] : []));
  const goal = (choice: Pick) => resolvePick(choice, goalIds, known.goals);
  const competitor = (choice: Pick) => resolvePick(choice, competitorIds, known.competitors);
  const keyResultsOf = (goalId: string) =>
    goals.find((item) => item.id === goalId)?.keyResults.map((keyResult) => keyResult.id) ?? [];
  const keyResult = (goalId: string, choice: Pick) =>
    resolvePick(choice, keyResultsOf(goalId), known.keyResults);
  switch (step.kind) {
    case 'addGoal': {
      const keyResults = Array.from({ length: step.keyResults }, (_, i) => ({
        name: `KR ${i}`,
        target: 100,
      }));
      let id = '';
      if (
        refusable(
          () => (id = addGoal(doc, { title: step.title, index: step.index, keyResults }, ctx)),
        )
      ) {
        known.goals.push(id);
        const goals = readStrategy(doc).items.filter((item) => item.type === 'goal');
        expect(goals.findIndex((item) => item.id === id)).toBe(
          Math.min(step.index ?? goals.length, goals.length - 1),
        );
      }
      return;
    }
    case 'updateGoal':
      refusable(() => updateGoal(doc, goal(step.goal), step.patch, ctx));
      return;
    case 'rewriteKeyResults': {
      const id = goal(step.goal);
      const keep = [...new Set(step.keep.map((choice) => keyResult(id, choice)))];
      const added = Array.from({ length: step.add }, (_, i) => ({
        name: `New ${i}`,
        target: 10,
        current: 5,
      }));
      refusable(() =>
        updateGoal(
          doc,
          id,
          { keyResults: [...keep.map((kept) => ({ id: kept, current: 1 })), ...added] },
          ctx,
        ),
      );
      return;
    }
    case 'deleteGoal':
      refusable(() => deleteGoal(doc, goal(step.goal), ctx));
      return;
    case 'move': {
      const all = [...goalIds, ...competitorIds];
      refusable(() =>
        moveStrategyItem(
          doc,
          resolvePick(step.item, all, [...known.goals, ...known.competitors]),
          step.index,
          ctx,
        ),
      );
      return;
    }
    case 'addKeyResult': {
      let id = '';
      if (
        refusable(
          () =>
            (id = addKeyResult(
              doc,
              goal(step.goal),
              { name: step.name, target: step.target },
              ctx,
            )),
        )
      ) {
        known.keyResults.push(id);
      }
      return;
    }
    case 'updateKeyResult': {
      const id = goal(step.goal);
      refusable(() =>
        updateKeyResult(doc, id, keyResult(id, step.keyResult), { current: step.current }, ctx),
      );
      return;
    }
    case 'deleteKeyResult': {
      const id = goal(step.goal);
      refusable(() => deleteKeyResult(doc, id, keyResult(id, step.keyResult), ctx));
      return;
    }
    case 'addCompetitor': {
      let id = '';
      if (
        refusable(
          () => (id = addCompetitor(doc, { title: step.title, strengths: step.strengths }, ctx)),
        )
      ) {
        known.competitors.push(id);
      }
      return;
    }
    case 'updateCompetitor':
      refusable(() => updateCompetitor(doc, competitor(step.competitor), step.patch, ctx));
      return;
    case 'deleteCompetitor':
      refusable(() => deleteCompetitor(doc, competitor(step.competitor), ctx));
      return;
    case 'setVision':
      refusable(() => setVision(doc, step.vision, ctx));
      return;
    case 'setPositioning':
      refusable(() => setPositioning(doc, { [step.part]: step.text }, ctx));
      return;
  }
}

describe('replicas of a strategy board', () => {
  testConvergence(
    'strategy',
    'converge to the same valid board whatever the operations and the network do',
    {
      board: { kind: 'strategy' },
      steps: stepArbitrary,
      known: (): Known => ({ goals: [], competitors: [], keyResults: [] }),
      read: readStrategy,
      apply: applyStep,
      expectInvariants,
    },
  );
});
