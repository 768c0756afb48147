import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ModelError } from '../lib/core/ModelError.js';
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
import { at } from './boardQueries.js';
import { createTestReplicas } from './createTestBoard.js';

/**
 * Targets are picks, not ids (ids only exist once the run creates them): a pick indexes the
 * acting replica's entries followed by every id any replica ever created, so some picks name
 * entries this replica has deleted or not yet received, and the operation refuses them.
 */
type Pick = number;

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
  | { kind: 'setPositioning'; replica: number; part: 'for' | 'who' | 'unlike' | 'we'; text: string }
  | { kind: 'deliver'; count: number };

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
const replica = fc.nat({ max: 5 });
const text = fc.constantFrom('Alpha', 'Beta', ' Gamma ', 'Δelta', '🚀', '  ');
const list = fc.subarray(['Fast', 'Cheap', 'Open', 'Offline', 'Pretty']);
const value = fc.integer({ min: -50, max: 150 });

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('addGoal' as const),
        replica,
        title: text,
        index: fc.nat({ max: 5 }),
        keyResults: fc.nat({ max: 2 }),
      },
      { requiredKeys: ['kind', 'replica', 'title', 'keyResults'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('updateGoal' as const),
      replica,
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
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rewriteKeyResults' as const),
      replica,
      goal: pick,
      keep: fc.array(pick, { maxLength: 3 }),
      add: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteGoal' as const), replica, goal: pick }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      replica,
      item: pick,
      index: fc.nat({ max: 5 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addKeyResult' as const),
      replica,
      goal: pick,
      name: text,
      target: value,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('updateKeyResult' as const),
      replica,
      goal: pick,
      keyResult: pick,
      current: value,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteKeyResult' as const),
      replica,
      goal: pick,
      keyResult: pick,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addCompetitor' as const),
      replica,
      title: text,
      strengths: list,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('updateCompetitor' as const),
      replica,
      competitor: pick,
      patch: fc.record(
        { title: text, strengths: list, weaknesses: list, differentiation: text },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteCompetitor' as const),
      replica,
      competitor: pick,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setVision' as const), replica, vision: text }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setPositioning' as const),
      replica,
      part: fc.constantFrom('for' as const, 'who' as const, 'unlike' as const, 'we' as const),
      text,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      count: fc.integer({ min: 1, max: 12 }),
    }),
  },
);

/** The id a pick names: the replica's own ids first, then every id ever created in the run. */
function resolvePick(choice: Pick, local: readonly string[], known: readonly string[]): string {
  const candidates = [...local, ...known];
  return candidates.length === 0 ? 'nothing-yet' : at(candidates, choice % candidates.length);
}

/** Runs ModelError-refused operations as no-ops; any other error fails the run. */
function refusable(operation: () => unknown): boolean {
  try {
    operation();
    return true;
  } catch (error) {
    if (error instanceof ModelError) return false;
    throw error;
  }
}

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

function applyStep(
  doc: Y.Doc,
  ctx: OperationContext,
  step: Exclude<Step, { kind: 'deliver' }>,
  known: Known,
): void {
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
  it('converge to the same valid board whatever the operations and the network do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.nat(),
        fc.array(stepArbitrary, { minLength: 20, maxLength: 80, size: 'max' }),
        (count, seed, steps) => {
          const { network, replicas, contexts } = createTestReplicas(count, seed, {
            kind: 'strategy',
          });
          const known: Known = { goals: [], competitors: [], keyResults: [] };
          for (const step of steps) {
            if (step.kind === 'deliver') {
              network.deliverSome(step.count);
              continue;
            }
            const acting = step.replica % count;
            applyStep(at(replicas, acting), at(contexts, acting), step, known);
            expectInvariants(readStrategy(at(replicas, acting)));
          }
          network.deliverAll();
          const views = replicas.map((doc) => readStrategy(doc));
          for (const view of views) expect(view).toEqual(at(views, 0));
          expectInvariants(at(views, 0));
        },
      ),
      {
        numRuns: Number(process.env.MODEL_FUZZ_RUNS ?? 200),
        seed: Number(process.env.MODEL_FUZZ_SEED ?? 20261126),
      },
    );
  }, 60_000);
});
