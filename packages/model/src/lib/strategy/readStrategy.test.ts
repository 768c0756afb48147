import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestBoard } from '../../test/createTestBoard.js';
import { boardMaps, childMap } from '../core/boardMaps.js';
import { addCompetitor } from './competitorOperations.js';
import { addGoal } from './goalOperations.js';
import { readStrategy } from './readStrategy.js';
import { STRATEGY, STRATEGY_FIELDS, STRATEGY_ITEM_FIELDS } from './strategySchema.js';

describe('readStrategy', () => {
  it('reads foreign or garbage values as defaults without throwing', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    const goal = addGoal(doc, { title: 'G', keyResults: [{ name: 'm', target: 10 }] }, ctx);
    const competitor = addCompetitor(doc, { title: 'C', strengths: ['s'] }, ctx);
    const { items } = boardMaps(doc);
    doc.transact(() => {
      doc.getMap(STRATEGY).set(STRATEGY_FIELDS.vision, 12);
      childMap(items, goal)?.set(STRATEGY_ITEM_FIELDS.status, 'sideways');
      childMap(items, goal)?.set(STRATEGY_ITEM_FIELDS.confidence, 'high');
      const keyResults = childMap(items, goal)?.get(STRATEGY_ITEM_FIELDS.keyResults);
      (keyResults as Y.Map<unknown>).forEach((keyResult) => {
        (keyResult as Y.Map<unknown>).set('current', 'lots');
      });
      (keyResults as Y.Map<unknown>).set('junk', 5);
      childMap(items, competitor)?.set(STRATEGY_ITEM_FIELDS.weaknesses, ['plain', 'array']);
      const stray = new Y.Map<unknown>();
      items.set('stray', stray);
      stray.set(STRATEGY_ITEM_FIELDS.type, 'rumour');
      items.set('not-a-map', 'x');
    });
    const view = readStrategy(doc);
    expect(view.vision).toBe('');
    expect(view.items.map((item) => item.id)).toEqual(expect.arrayContaining([goal, 'stray']));
    const goalView = view.items.find((item) => item.id === goal);
    expect(goalView).toMatchObject({ status: null, confidence: null, progress: 0 });
    expect(goalView?.type === 'goal' && goalView.keyResults).toHaveLength(1);
    expect(view.items.find((item) => item.id === competitor)).toMatchObject({
      strengths: ['s'],
      weaknesses: [],
    });
    expect(view.items.find((item) => item.id === 'stray')).toMatchObject({
      type: 'goal',
      title: '',
    });
  });
});
