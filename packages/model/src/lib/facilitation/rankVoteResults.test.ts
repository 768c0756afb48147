import { describe, expect, it } from 'vitest';
import { rankVoteResults } from './rankVoteResults.js';

describe('rankVoteResults', () => {
  it('adds up ballots, most dots first, ties by shape id sharing a rank (1, 1, 3)', () => {
    const results = rankVoteResults(
      [
        { 'shape:b': 2, 'shape:a': 1, 'shape:c': 1 },
        { 'shape:a': 1, 'shape:d': 3 },
        { 'shape:c': 1, 'shape:e': 1 },
      ],
      () => true,
    );
    expect(results).toEqual([
      { shapeId: 'shape:d', dots: 3, rank: 1 },
      { shapeId: 'shape:a', dots: 2, rank: 2 },
      { shapeId: 'shape:b', dots: 2, rank: 2 },
      { shapeId: 'shape:c', dots: 2, rank: 2 },
      { shapeId: 'shape:e', dots: 1, rank: 5 },
    ]);
  });

  it('leaves out shapes that no longer exist and shapes without dots', () => {
    const exists = (id: string) => id !== 'shape:gone';
    expect(
      rankVoteResults([{ 'shape:gone': 5, 'shape:x': 1, 'shape:y': 0 }, { 'shape:z': 1 }], exists),
    ).toEqual([
      { shapeId: 'shape:x', dots: 1, rank: 1 },
      { shapeId: 'shape:z', dots: 1, rank: 1 },
    ]);
    expect(rankVoteResults([], exists)).toEqual([]);
  });
});
