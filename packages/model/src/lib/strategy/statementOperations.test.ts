import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { at } from '../../test/boardQueries.js';
import { createTestBoard, createTestReplicas, testContext } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { initBoard } from '../board/initBoard.js';
import { readStrategy } from './readStrategy.js';
import { setPositioning, setVision } from './statementOperations.js';
import { STRATEGY_LIMITS } from './strategySchema.js';

describe('a new strategy board', () => {
  it('starts with an empty vision and positioning and no entries', () => {
    const { doc } = createTestBoard(1, { kind: 'strategy', title: 'Strategy' });
    expect(readStrategy(doc)).toMatchObject({
      kind: 'strategy',
      title: 'Strategy',
      vision: '',
      positioning: { for: '', who: '', unlike: '', we: '' },
      items: [],
    });
  });

  it('may start with parts of the positioning statement, the others empty', () => {
    const { doc } = createTestBoard(1, {
      kind: 'strategy',
      title: 'S',
      positioning: { for: ' teams ', we: 'merge cleanly' },
    });
    expect(readStrategy(doc).positioning).toEqual({
      for: 'teams',
      who: '',
      unlike: '',
      we: 'merge cleanly',
    });
    const fresh = new Y.Doc();
    expectRefused(fresh, 'invalid', () =>
      initBoard(
        fresh,
        { kind: 'strategy', title: 'S', positioning: { who: 'x'.repeat(301) } },
        testContext(1),
      ),
    );
  });

  it('may start with a vision, trimmed, and refuses an over-long one', () => {
    const { doc } = createTestBoard(1, { kind: 'strategy', title: 'S', vision: ' Plan together ' });
    expect(readStrategy(doc).vision).toBe('Plan together');
    const fresh = new Y.Doc();
    expectRefused(fresh, 'invalid', () =>
      initBoard(
        fresh,
        { kind: 'strategy', title: 'S', vision: 'x'.repeat(STRATEGY_LIMITS.visionLength + 1) },
        testContext(1),
      ),
    );
  });
});

describe('setVision', () => {
  it('sets, trims and clears the vision', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    setVision(doc, '  One plan for the whole team.  ', ctx);
    expect(readStrategy(doc).vision).toBe('One plan for the whole team.');
    setVision(doc, '', ctx);
    expect(readStrategy(doc).vision).toBe('');
  });

  it('refuses an over-long vision, counting code points', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    setVision(doc, '🧭'.repeat(STRATEGY_LIMITS.visionLength), ctx);
    expectRefused(doc, 'invalid', () =>
      setVision(doc, '🧭'.repeat(STRATEGY_LIMITS.visionLength + 1), ctx),
    );
  });

  it('refuses a document that is not a board', () => {
    const doc = new Y.Doc();
    expectRefused(doc, 'not-found', () => setVision(doc, 'v', testContext(1)));
  });
});

describe('setPositioning', () => {
  it('changes only the given parts', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    setPositioning(doc, { for: ' product teams ', who: 'plan across tools' }, ctx);
    setPositioning(doc, { unlike: 'Aha!', we: 'work offline and merge cleanly' }, ctx);
    setPositioning(doc, { who: 'plan in too many tools' }, ctx);
    expect(readStrategy(doc).positioning).toEqual({
      for: 'product teams',
      who: 'plan in too many tools',
      unlike: 'Aha!',
      we: 'work offline and merge cleanly',
    });
  });

  it('refuses an empty patch, a part that is not text and an over-long part', () => {
    const { doc, ctx } = createTestBoard(1, { kind: 'strategy' });
    expectRefused(doc, 'invalid', () => setPositioning(doc, {}, ctx));
    expectRefused(doc, 'invalid', () => setPositioning(doc, { for: 3 as unknown as string }, ctx));
    expectRefused(doc, 'invalid', () =>
      setPositioning(doc, { we: 'x'.repeat(STRATEGY_LIMITS.positioningPartLength + 1) }, ctx),
    );
  });

  it('keeps both parts when two people edit different parts at once', () => {
    const { network, replicas, contexts } = createTestReplicas(2, 3, { kind: 'strategy' });
    setPositioning(at(replicas, 0), { for: 'PMs' }, at(contexts, 0));
    setPositioning(at(replicas, 1), { unlike: 'spreadsheets' }, at(contexts, 1));
    network.deliverAll();
    for (const doc of replicas) {
      expect(readStrategy(doc).positioning).toMatchObject({ for: 'PMs', unlike: 'spreadsheets' });
    }
  });
});
