import { describe, expect, it } from 'vitest';
import { createTestBoard } from '../../test/createTestBoard.js';
import { expectRefused } from '../../test/expectRefused.js';
import { FACILITATION_LIMITS } from './facilitationSchema.js';
import { readFacilitation } from './readFacilitation.js';
import { clearVote, openVote, revealVote, setVoteVoters } from './voteOperations.js';

const ada = { id: 'ada', name: 'Ada' };
const canvas = () => createTestBoard(1, { kind: 'canvas', title: 'Workshop' });

describe('dot vote operations', () => {
  it('opens, counts voters, reveals ranked results and clears', () => {
    const { doc, ctx } = canvas();
    const vote = openVote(doc, { budget: 3, openedBy: ada }, ctx);
    expect(vote).toMatchObject({ status: 'open', budget: 3, openedBy: ada, voters: 0 });
    expect(vote.results).toBeNull();
    expect(readFacilitation(doc).vote).toEqual(vote);

    expect(setVoteVoters(doc, vote.id, 2, ctx).voters).toBe(2);
    const revealed = revealVote(
      doc,
      vote.id,
      [{ 'shape:a': 2, 'shape:gone': 1 }, { 'shape:b': 2 }, {}],
      (id) => id !== 'shape:gone',
      ctx,
    );
    expect(revealed).toMatchObject({ id: vote.id, status: 'revealed', voters: 2 });
    expect(revealed.results).toEqual([
      { shapeId: 'shape:a', dots: 2, rank: 1 },
      { shapeId: 'shape:b', dots: 2, rank: 1 },
    ]);
    expect(readFacilitation(doc).vote).toEqual(revealed);

    clearVote(doc, vote.id, ctx);
    expect(readFacilitation(doc).vote).toBeNull();
  });

  it('a new vote replaces the previous one, whose id then conflicts', () => {
    const { doc, ctx } = canvas();
    const first = openVote(doc, { budget: 3, openedBy: ada }, ctx);
    const second = openVote(doc, { budget: 5, openedBy: ada }, ctx);
    expect(second.id).not.toBe(first.id);
    expect(readFacilitation(doc).vote).toEqual(second);
    expectRefused(doc, 'conflict', () => setVoteVoters(doc, first.id, 1, ctx));
    expectRefused(doc, 'conflict', () => revealVote(doc, first.id, [], () => true, ctx));
    expectRefused(doc, 'conflict', () => clearVote(doc, first.id, ctx));
  });

  it('refuses bad budgets, bad counts, and acting on a revealed or missing vote', () => {
    const { doc, ctx } = canvas();
    expectRefused(doc, 'conflict', () => clearVote(doc, 'none', ctx));
    const { minDotBudget, maxDotBudget } = FACILITATION_LIMITS;
    for (const budget of [minDotBudget - 1, maxDotBudget + 1, 2.5, Number.NaN, '3' as never]) {
      expectRefused(doc, 'invalid', () => openVote(doc, { budget, openedBy: ada }, ctx));
    }
    expectRefused(doc, 'invalid', () =>
      openVote(doc, { budget: 3, openedBy: { id: 'ada', name: '' } }, ctx),
    );
    const vote = openVote(doc, { budget: maxDotBudget, openedBy: ada }, ctx);
    for (const voters of [-1, 1.5, Number.NaN]) {
      expectRefused(doc, 'invalid', () => setVoteVoters(doc, vote.id, voters, ctx));
    }
    revealVote(doc, vote.id, [], () => true, ctx);
    expectRefused(doc, 'conflict', () => revealVote(doc, vote.id, [], () => true, ctx));
    expectRefused(doc, 'conflict', () => setVoteVoters(doc, vote.id, 1, ctx));
    clearVote(doc, vote.id, ctx);

    const roadmap = createTestBoard(2);
    expectRefused(roadmap.doc, 'not-found', () =>
      openVote(roadmap.doc, { budget: 3, openedBy: ada }, roadmap.ctx),
    );
  });
});
