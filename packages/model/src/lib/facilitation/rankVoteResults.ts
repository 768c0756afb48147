import type { VoteResult } from './facilitationSchema.js';

/** A person's dots: shape id to how many dots they put on it. */
export type Ballot = Readonly<Record<string, number>>;

/**
 * The results of a dot vote: the dots of every ballot added up per shape, leaving out shapes that
 * no longer exist (deleted during the vote) and shapes without dots. Most dots first; equal
 * totals are ordered by shape id (code units, so every client lists them alike) and share a
 * rank, with the next rank skipping as many places ("1, 1, 3").
 */
export function rankVoteResults(
  ballots: Iterable<Ballot>,
  shapeExists: (shapeId: string) => boolean,
): VoteResult[] {
  const totals = new Map<string, number>();
  for (const ballot of ballots) {
    for (const [shapeId, dots] of Object.entries(ballot)) {
      if (dots > 0 && shapeExists(shapeId)) totals.set(shapeId, (totals.get(shapeId) ?? 0) + dots);
    }
  }
  const sorted = [...totals].sort(([aId, aDots], [bId, bDots]) =>
    aDots !== bDots ? bDots - aDots : aId < bId ? -1 : aId > bId ? 1 : 0,
  );
  const results: VoteResult[] = [];
  sorted.forEach(([shapeId, dots], index) => {
    const previous = results[index - 1];
    const rank = previous && previous.dots === dots ? previous.rank : index + 1;
    results.push({ shapeId, dots, rank });
  });
  return results;
}
