import type * as Y from 'yjs';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { facilitationMap, validatePerson } from './facilitationMap.js';
import {
  FACILITATION_KEYS,
  FACILITATION_LIMITS,
  type FacilitationPerson,
  type VoteView,
} from './facilitationSchema.js';
import { rankVoteResults, type Ballot } from './rankVoteResults.js';
import { readFacilitation } from './readFacilitation.js';

/** A new dot vote: dots per person, and who opens it. */
export interface NewVote {
  readonly budget: number;
  readonly openedBy: FacilitationPerson;
}

/**
 * The current vote if its id is `voteId` (and, with `mustBeOpen`, it is still open); refuses
 * ('conflict') otherwise: the caller acted on a vote that ended, was replaced or was revealed.
 */
function requireVote(doc: Y.Doc, voteId: string, mustBeOpen: boolean): VoteView {
  const vote = readFacilitation(doc).vote;
  if (!vote || vote.id !== voteId) {
    throw new ModelError('conflict', `Vote ${JSON.stringify(voteId)} is not the current vote.`);
  }
  if (mustBeOpen && vote.status !== 'open') {
    throw new ModelError('conflict', `Vote ${JSON.stringify(voteId)} was already revealed.`);
  }
  return vote;
}

/**
 * Opens a dot vote with `budget` dots per person (a whole number within FACILITATION_LIMITS) and
 * returns it. It replaces any previous vote, revealed or not; the caller discards its ballots.
 */
export function openVote(doc: Y.Doc, input: NewVote, ctx: OperationContext): VoteView {
  const map = facilitationMap(doc);
  const { minDotBudget, maxDotBudget } = FACILITATION_LIMITS;
  const budget = input?.budget;
  if (!Number.isSafeInteger(budget) || budget < minDotBudget || budget > maxDotBudget) {
    throw new ModelError(
      'invalid',
      `A vote gives each person a whole number of dots from ${minDotBudget} to ${maxDotBudget}.`,
    );
  }
  const vote: VoteView = {
    id: createId(ctx.env),
    status: 'open',
    budget,
    openedBy: validatePerson(input.openedBy),
    openedAt: ctx.env.now(),
    voters: 0,
    results: null,
  };
  doc.transact(() => map.set(FACILITATION_KEYS.vote, vote), ctx.origin);
  return vote;
}

/**
 * Records how many people have voted in the open vote `voteId`. Refuses ('conflict') a vote that
 * is not the current open one and ('invalid') a count that is not a whole number >= 0.
 */
export function setVoteVoters(
  doc: Y.Doc,
  voteId: string,
  voters: number,
  ctx: OperationContext,
): VoteView {
  const map = facilitationMap(doc);
  const vote = requireVote(doc, voteId, true);
  if (!Number.isSafeInteger(voters) || voters < 0) {
    throw new ModelError('invalid', 'The number of voters must be a whole number, 0 or more.');
  }
  const next: VoteView = { ...vote, voters };
  if (vote.voters !== voters) doc.transact(() => map.set(FACILITATION_KEYS.vote, next), ctx.origin);
  return next;
}

/**
 * Reveals the open vote `voteId`: writes the ranked totals of `ballots` over the shapes for
 * which `shapeExists` holds (see rankVoteResults) and the number of people who voted. Refuses
 * ('conflict') a vote that is not the current open one.
 */
export function revealVote(
  doc: Y.Doc,
  voteId: string,
  ballots: readonly Ballot[],
  shapeExists: (shapeId: string) => boolean,
  ctx: OperationContext,
): VoteView {
  const map = facilitationMap(doc);
  const vote = requireVote(doc, voteId, true);
  const next: VoteView = {
    ...vote,
    status: 'revealed',
    voters: ballots.filter((ballot) => Object.values(ballot).some((dots) => dots > 0)).length,
    results: rankVoteResults(ballots, shapeExists),
  };
  doc.transact(() => map.set(FACILITATION_KEYS.vote, next), ctx.origin);
  return next;
}

/** Ends the vote `voteId`, open or revealed. Refuses ('conflict') a vote that is not current. */
export function clearVote(doc: Y.Doc, voteId: string, ctx: OperationContext): void {
  const map = facilitationMap(doc);
  requireVote(doc, voteId, false);
  doc.transact(() => map.set(FACILITATION_KEYS.vote, null), ctx.origin);
}
