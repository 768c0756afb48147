import { describe, expect, it } from 'vitest';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addCompetitor } from './competitorOperations.js';
import type { GoalStatus } from './strategySchema.js';
import { addGoal, deleteGoal, updateGoal } from './goalOperations.js';
import { addKeyResult } from './keyResultOperations.js';
import { moveStrategyItem } from './moveStrategyItem.js';
import { readStrategy, type GoalView } from './readStrategy.js';
import { STRATEGY_LIMITS } from './strategySchema.js';

function strategyBoard(seed = 1) {
  return createTestBoard(seed, { kind: 'strategy', title: 'Strategy' });
}

function goalOf(doc: Parameters<typeof readStrategy>[0], id: string): GoalView {
  const goal = readStrategy(doc).items.find((item) => item.id === id);
  if (goal?.type !== 'goal') throw new Error(`No goal ${id}.`);
  return goal;
}

describe('addGoal', () => {
  it('adds a goal with defaults and its key results in order, with progress', () => {
    const { doc, ctx } = strategyBoard();
    const id = addGoal(
      doc,
      {
        title: '  Win mid-size teams  ',
        keyResults: [
          { name: 'Weekly active teams', start: 100, target: 300, current: 200 },
          { name: 'Churn', start: 5, target: 2, current: 5, unit: '%' },
        ],
      },
      ctx,
    );
    const goal = goalOf(doc, id);
    expect(goal).toMatchObject({
      type: 'goal',
      title: 'Win mid-size teams',
      description: '',
      status: null,
      confidence: null,
    });
    expect(goal.keyResults.map(({ name, progress, unit }) => ({ name, progress, unit }))).toEqual([
      { name: 'Weekly active teams', progress: 0.5, unit: '' },
      { name: 'Churn', progress: 0, unit: '%' },
    ]);
    expect(goal.progress).toBe(0.25);
    expect(goal.updatedAt).toBe(goal.createdAt);
  });

  it('puts goals before competitors and at the given index among goals', () => {
    const { doc, ctx } = strategyBoard();
    const competitor = addCompetitor(doc, { title: 'Aha!' }, ctx);
    const first = addGoal(doc, { title: 'First' }, ctx);
    const last = addGoal(doc, { title: 'Last' }, ctx);
    const middle = addGoal(doc, { title: 'Middle', index: 1 }, ctx);
    const top = addGoal(doc, { title: 'Top', index: 0 }, ctx);
    expect(readStrategy(doc).items.map((item) => item.id)).toEqual([
      top,
      first,
      middle,
      last,
      competitor,
    ]);
  });

  it.each([
    ['a missing objective', { title: undefined as unknown as string }],
    ['a blank objective', { title: '  ' }],
    ['an over-long objective', { title: 'x'.repeat(STRATEGY_LIMITS.titleLength + 1) }],
    ['an unknown status', { title: 'a', status: 'late' as GoalStatus }],
    ['a fractional confidence', { title: 'a', confidence: 50.5 }],
    ['a confidence over 100', { title: 'a', confidence: 101 }],
    [
      'an over-long description',
      { title: 'a', description: 'x'.repeat(STRATEGY_LIMITS.goalDescriptionLength + 1) },
    ],
    ['a key result without a target', { title: 'a', keyResults: [{ name: 'm' } as never] }],
    ['a key result without a name', { title: 'a', keyResults: [{ name: ' ', target: 1 }] }],
    ['a key result target of NaN', { title: 'a', keyResults: [{ name: 'm', target: NaN }] }],
    [
      'a key result value out of range',
      { title: 'a', keyResults: [{ name: 'm', target: STRATEGY_LIMITS.maxAbsValue * 10 }] },
    ],
    [
      'too many key results',
      {
        title: 'a',
        keyResults: Array.from({ length: STRATEGY_LIMITS.keyResultsPerGoal + 1 }, () => ({
          name: 'm',
          target: 1,
        })),
      },
    ],
    ['a key result naming an id', { title: 'a', keyResults: [{ id: 'x', name: 'm' }] }],
    ['a negative index', { title: 'a', index: -1 }],
  ])('refuses %s', (_, input) => {
    const { doc, ctx } = strategyBoard();
    expectRefused(doc, 'invalid', () => addGoal(doc, input, ctx));
  });
});

describe('updateGoal', () => {
  it('changes only the given fields, sets and clears status and confidence', () => {
    const { doc, ctx } = strategyBoard();
    const id = addGoal(doc, { title: 'Grow', description: 'Why', status: 'at-risk' }, ctx);
    updateGoal(doc, id, { confidence: 70, status: 'on-track' }, ctx);
    expect(goalOf(doc, id)).toMatchObject({
      title: 'Grow',
      description: 'Why',
      status: 'on-track',
      confidence: 70,
    });
    updateGoal(doc, id, { confidence: null, status: null, title: 'Grow faster' }, ctx);
    const goal = goalOf(doc, id);
    expect(goal).toMatchObject({ title: 'Grow faster', status: null, confidence: null });
    expect(goal.updatedAt).toBeGreaterThan(goal.createdAt);
  });

  it('replaces the key-result list: keeps and updates listed ids, adds new, deletes the rest', () => {
    const { doc, ctx } = strategyBoard();
    const id = addGoal(
      doc,
      {
        title: 'Grow',
        keyResults: [
          { name: 'A', target: 10 },
          { name: 'B', target: 10 },
        ],
      },
      ctx,
    );
    const [a, b] = goalOf(doc, id).keyResults;
    updateGoal(
      doc,
      id,
      {
        keyResults: [
          { name: 'C', target: 4, current: 1 },
          { id: at(goalOf(doc, id).keyResults, 1).id, current: 5 },
        ],
      },
      ctx,
    );
    const keyResults = goalOf(doc, id).keyResults;
    expect(keyResults.map((keyResult) => [keyResult.name, keyResult.current])).toEqual([
      ['C', 1],
      ['B', 5],
    ]);
    expect(keyResults[1]?.id).toBe(b?.id);
    expect(keyResults.some((keyResult) => keyResult.id === a?.id)).toBe(false);
  });

  it('refuses unknown goals, competitors, unknown key results and bad fields', () => {
    const { doc, ctx } = strategyBoard();
    const id = addGoal(doc, { title: 'Grow' }, ctx);
    const competitor = addCompetitor(doc, { title: 'Aha!' }, ctx);
    expectRefused(doc, 'not-found', () => updateGoal(doc, 'nope', { title: 'x' }, ctx));
    expectRefused(doc, 'not-found', () => updateGoal(doc, competitor, { title: 'x' }, ctx));
    expectRefused(doc, 'not-found', () =>
      updateGoal(doc, id, { keyResults: [{ id: 'nope', current: 1 }] }, ctx),
    );
    expectRefused(doc, 'invalid', () => updateGoal(doc, id, { title: '' }, ctx));
    expectRefused(doc, 'invalid', () => updateGoal(doc, id, { confidence: -1 }, ctx));
  });

  it('keeps a key result someone else added while the list was written whole', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 7, { kind: 'strategy' });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addGoal(
      alice,
      { title: 'Grow', keyResults: [{ name: 'A', target: 1 }] },
      at(contexts, 0),
    );
    network.deliverAll();
    updateGoal(
      alice,
      id,
      { keyResults: [{ id: at(goalOf(alice, id).keyResults, 0).id, current: 1 }] },
      at(contexts, 0),
    );
    addKeyResult(bob, id, { name: 'B', target: 2 }, at(contexts, 1));
    network.deliverAll();
    for (const doc of replicas) {
      expect(goalOf(doc, id).keyResults.map((keyResult) => keyResult.name)).toEqual(['A', 'B']);
    }
  });
});

describe('moveStrategyItem and deleteGoal', () => {
  it('moves a goal among the goals only', () => {
    const { doc, ctx } = strategyBoard();
    const ids = ['a', 'b', 'c'].map((title) => addGoal(doc, { title }, ctx));
    const competitor = addCompetitor(doc, { title: 'Rival' }, ctx);
    moveStrategyItem(doc, at(ids, 2), 0, ctx);
    moveStrategyItem(doc, competitor, 0, ctx);
    expect(readStrategy(doc).items.map((item) => item.id)).toEqual([
      at(ids, 2),
      at(ids, 0),
      at(ids, 1),
      competitor,
    ]);
    expectRefused(doc, 'invalid', () => moveStrategyItem(doc, at(ids, 0), 0.5, ctx));
    expectRefused(doc, 'not-found', () => moveStrategyItem(doc, 'nope', 0, ctx));
  });

  it('deletes a goal, refuses it twice, and wins over a concurrent edit', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 9, { kind: 'strategy' });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addGoal(alice, { title: 'Grow' }, at(contexts, 0));
    network.deliverAll();
    deleteGoal(alice, id, at(contexts, 0));
    updateGoal(bob, id, { title: 'Grow more' }, at(contexts, 1));
    addKeyResult(bob, id, { name: 'm', target: 1 }, at(contexts, 1));
    network.deliverAll();
    for (const doc of replicas) expect(readStrategy(doc).items).toEqual([]);
    expectRefused(alice, 'not-found', () => deleteGoal(alice, id, at(contexts, 0)));
  });
});
