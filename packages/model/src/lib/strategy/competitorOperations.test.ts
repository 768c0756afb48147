import { describe, expect, it } from 'vitest';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { addCompetitor, deleteCompetitor, updateCompetitor } from './competitorOperations.js';
import { addGoal } from './goalOperations.js';
import { readStrategy, type CompetitorView } from './readStrategy.js';
import { STRATEGY_LIMITS } from './strategySchema.js';

function competitorOf(doc: Parameters<typeof readStrategy>[0], id: string): CompetitorView {
  const competitor = readStrategy(doc).items.find((item) => item.id === id);
  if (competitor?.type !== 'competitor') throw new Error(`No competitor ${id}.`);
  return competitor;
}

describe('competitor operations', () => {
  it('adds a competitor with trimmed lists and updates only given fields', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    const id = addCompetitor(
      doc,
      { title: ' Aha! ', strengths: [' Breadth ', 'Ideas portal'], weaknesses: ['Per-seat'] },
      ctx,
    );
    expect(competitorOf(doc, id)).toMatchObject({
      type: 'competitor',
      title: 'Aha!',
      strengths: ['Breadth', 'Ideas portal'],
      weaknesses: ['Per-seat'],
      differentiation: '',
    });
    updateCompetitor(
      doc,
      id,
      { differentiation: 'We work offline', strengths: ['Ideas portal', 'Breadth', 'Templates'] },
      ctx,
    );
    expect(competitorOf(doc, id)).toMatchObject({
      title: 'Aha!',
      strengths: ['Ideas portal', 'Breadth', 'Templates'],
      weaknesses: ['Per-seat'],
      differentiation: 'We work offline',
    });
    updateCompetitor(doc, id, { weaknesses: [] }, ctx);
    expect(competitorOf(doc, id).weaknesses).toEqual([]);
  });

  it('refuses bad input, goals and unknown ids', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    const id = addCompetitor(doc, { title: 'Rival' }, ctx);
    const goal = addGoal(doc, { title: 'Grow' }, ctx);
    const tooMany = Array.from({ length: STRATEGY_LIMITS.listEntries + 1 }, (_, i) => `s${i}`);
    expectRefused(doc, 'invalid', () => addCompetitor(doc, { title: ' ' }, ctx));
    expectRefused(doc, 'invalid', () => addCompetitor(doc, { title: 'a', strengths: [''] }, ctx));
    expectRefused(doc, 'invalid', () =>
      addCompetitor(doc, { title: 'a', strengths: tooMany }, ctx),
    );
    expectRefused(doc, 'invalid', () =>
      updateCompetitor(
        doc,
        id,
        { weaknesses: ['x'.repeat(STRATEGY_LIMITS.listEntryLength + 1)] },
        ctx,
      ),
    );
    expectRefused(doc, 'invalid', () =>
      updateCompetitor(doc, id, { strengths: 'fast' as unknown as string[] }, ctx),
    );
    expectRefused(doc, 'not-found', () => updateCompetitor(doc, goal, { title: 'x' }, ctx));
    expectRefused(doc, 'not-found', () => deleteCompetitor(doc, goal, ctx));
    deleteCompetitor(doc, id, ctx);
    expectRefused(doc, 'not-found', () => deleteCompetitor(doc, id, ctx));
  });

  it('keeps strengths two people add at once, and one removal', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 4, { kind: 'strategy' });
    const [alice, bob] = [at(replicas, 0), at(replicas, 1)];
    const id = addCompetitor(
      alice,
      { title: 'Rival', strengths: ['Fast', 'Cheap'] },
      at(contexts, 0),
    );
    network.deliverAll();
    updateCompetitor(alice, id, { strengths: ['Fast', 'Cheap', 'Pretty'] }, at(contexts, 0));
    updateCompetitor(bob, id, { strengths: ['Fast', 'Integrations'] }, at(contexts, 1));
    network.deliverAll();
    const views = replicas.map((doc) => competitorOf(doc, id));
    expect(at(views, 1)).toEqual(at(views, 0));
    expect([...at(views, 0).strengths].sort()).toEqual(['Fast', 'Integrations', 'Pretty']);
  });
});
