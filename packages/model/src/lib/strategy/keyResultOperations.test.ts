import { describe, expect, it } from 'vitest';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addCompetitor } from './competitorOperations.js';
import { addGoal } from './goalOperations.js';
import { addKeyResult, deleteKeyResult, updateKeyResult } from './keyResultOperations.js';
import { keyResultProgress } from './keyResultProgress.js';
import { readStrategy, type GoalView } from './readStrategy.js';
import { STRATEGY_LIMITS } from './strategySchema.js';

function goalOf(doc: Parameters<typeof readStrategy>[0], id: string): GoalView {
  const goal = readStrategy(doc).items.find((item) => item.id === id);
  if (goal?.type !== 'goal') throw new Error(`No goal ${id}.`);
  return goal;
}

describe('keyResultProgress', () => {
  it.each([
    [0, 100, 50, 0.5],
    [0, 100, 150, 1],
    [0, 100, -10, 0],
    [10, 2, 6, 0.5],
    [10, 2, 12, 0],
    [5, 5, 5, 1],
    [5, 5, 4, 0],
  ])('from %d to %d at %d is %d', (start, target, current, expected) => {
    expect(keyResultProgress(start, target, current)).toBe(expected);
  });
});

describe('key-result operations', () => {
  it('adds with defaults, updates given fields and deletes', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    const goal = addGoal(doc, { title: 'Grow' }, ctx);
    const first = addKeyResult(doc, goal, { name: ' NPS ', target: 50 }, ctx);
    const second = addKeyResult(doc, goal, { name: 'Teams', start: 10, target: 20 }, ctx);
    expect(goalOf(doc, goal).keyResults).toEqual([
      { id: first, name: 'NPS', start: 0, target: 50, current: 0, unit: '', progress: 0 },
      { id: second, name: 'Teams', start: 10, target: 20, current: 10, unit: '', progress: 0 },
    ]);
    updateKeyResult(doc, goal, second, { current: 15, unit: 'teams' }, ctx);
    expect(goalOf(doc, goal).keyResults[1]).toMatchObject({
      current: 15,
      unit: 'teams',
      progress: 0.5,
    });
    deleteKeyResult(doc, goal, first, ctx);
    expect(goalOf(doc, goal).keyResults.map((keyResult) => keyResult.id)).toEqual([second]);
  });

  it('refuses bad fields, unknown goals and key results, and too many', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    const goal = addGoal(doc, { title: 'Grow' }, ctx);
    const competitor = addCompetitor(doc, { title: 'Rival' }, ctx);
    const id = addKeyResult(doc, goal, { name: 'm', target: 1 }, ctx);
    expectRefused(doc, 'invalid', () => addKeyResult(doc, goal, { name: '', target: 1 }, ctx));
    expectRefused(doc, 'invalid', () =>
      addKeyResult(doc, goal, { name: 'm', target: Infinity }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      addKeyResult(
        doc,
        goal,
        { name: 'm', target: 1, unit: 'x'.repeat(STRATEGY_LIMITS.unitLength + 1) },
        ctx,
      ),
    );
    expectRefused(doc, 'invalid', () =>
      updateKeyResult(doc, goal, id, { current: '3' as unknown as number }, ctx),
    );
    expectRefused(doc, 'not-found', () =>
      addKeyResult(doc, competitor, { name: 'm', target: 1 }, ctx),
    );
    expectRefused(doc, 'not-found', () => updateKeyResult(doc, goal, 'nope', { current: 1 }, ctx));
    expectRefused(doc, 'not-found', () => deleteKeyResult(doc, 'nope', id, ctx));
    for (let i = 1; i < STRATEGY_LIMITS.keyResultsPerGoal; i++) {
      addKeyResult(doc, goal, { name: `m${i}`, target: 1 }, ctx);
    }
    expectRefused(doc, 'invalid', () =>
      addKeyResult(doc, goal, { name: 'one more', target: 1 }, ctx),
    );
  });

  it('merges concurrent edits of different fields and keeps concurrent additions', () => {
    const { network, replicas, contexts } = createTestReplicas(3, 5, { kind: 'strategy' });
    const [alice, bob, carol] = [at(replicas, 0), at(replicas, 1), at(replicas, 2)];
    const goal = addGoal(alice, { title: 'Grow' }, at(contexts, 0));
    const id = addKeyResult(alice, goal, { name: 'Teams', target: 100 }, at(contexts, 0));
    network.deliverAll();
    updateKeyResult(alice, goal, id, { current: 40 }, at(contexts, 0));
    updateKeyResult(bob, goal, id, { target: 80 }, at(contexts, 1));
    addKeyResult(bob, goal, { name: 'From Bob', target: 1 }, at(contexts, 1));
    addKeyResult(carol, goal, { name: 'From Carol', target: 1 }, at(contexts, 2));
    network.deliverAll();
    const views = replicas.map((doc) => goalOf(doc, goal));
    for (const view of views) expect(view).toEqual(at(views, 0));
    expect(at(views, 0).keyResults[0]).toMatchObject({ current: 40, target: 80, progress: 0.5 });
    expect(
      at(views, 0)
        .keyResults.map((keyResult) => keyResult.name)
        .sort(),
    ).toEqual(['From Bob', 'From Carol', 'Teams']);
  });
});
