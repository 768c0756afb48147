import fc from 'fast-check';
import { generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { createSeededEnv } from '../../testing/index.js';
import { compareOrdered, orderKeyBetween, slotAt, type OrderedEntry } from './orderKeys.js';

const FUZZ = {
  numRuns: Number(process.env.MODEL_FUZZ_RUNS ?? 200),
  seed: Number(process.env.MODEL_FUZZ_SEED ?? 20261126),
};

/** `siblings` with the slot applied: the new entry added, re-keyed siblings given their keys. */
function applySlot(siblings: readonly OrderedEntry[], index: number, seed: number): string[] {
  const slot = slotAt(siblings, index, createSeededEnv(seed));
  return [
    ...siblings.map((sibling) => ({
      ...sibling,
      order: slot.rekeyed.get(sibling.id) ?? sibling.order,
    })),
    { id: 'new', order: slot.order },
  ]
    .sort(compareOrdered)
    .map((entry) => entry.id);
}

describe('compareOrdered', () => {
  it('compares keys as raw strings, then ids', () => {
    expect(compareOrdered({ id: 'b', order: 'Z' }, { id: 'a', order: 'a' })).toBeLessThan(0);
    expect(compareOrdered({ id: 'a', order: 'a1' }, { id: 'b', order: 'a1' })).toBeLessThan(0);
    expect(compareOrdered({ id: 'a', order: 'a1' }, { id: 'a', order: 'a1' })).toBe(0);
  });
});

describe('orderKeyBetween', () => {
  it('returns a key strictly between its bounds whatever the jitter', () => {
    const [lo, hi] = generateNKeysBetween(null, null, 2) as [string, string];
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const key = orderKeyBetween(lo, hi, createSeededEnv(seed));
        expect(lo < key && key < hi).toBe(true);
      }),
      FUZZ,
    );
  });
});

describe('slotAt', () => {
  /** Sorted siblings drawn from a few keys, so runs of equal keys are common. */
  const siblingsArbitrary = fc.array(fc.nat({ max: 4 }), { maxLength: 8 }).map((picks) => {
    const keys = generateNKeysBetween(null, null, 5);
    return picks
      .map((pick, position) => ({ id: `s${position}`, order: keys[pick] as string }))
      .sort(compareOrdered);
  });

  it('puts the new entry at the index and keeps the siblings in order, even among equal keys', () => {
    fc.assert(
      fc.property(siblingsArbitrary, fc.nat({ max: 10 }), fc.nat(), (siblings, index, seed) => {
        const ids = siblings.map((sibling) => sibling.id);
        const at = Math.min(index, ids.length);
        expect(applySlot(siblings, index, seed)).toEqual([
          ...ids.slice(0, at),
          'new',
          ...ids.slice(at),
        ]);
      }),
      FUZZ,
    );
  });

  it('re-keys only siblings that share the key at the insertion point', () => {
    const [a, b, c] = generateNKeysBetween(null, null, 3) as [string, string, string];
    const siblings = [
      { id: '1', order: a },
      { id: '2', order: b },
      { id: '3', order: b },
      { id: '4', order: c },
    ];
    expect([...slotAt(siblings, 2, createSeededEnv(1)).rekeyed.keys()]).toEqual(['2', '3']);
    expect(slotAt(siblings, 1, createSeededEnv(1)).rekeyed.size).toBe(0);
  });

  it('re-keys the whole list in order when a neighbour key is not a usable key', () => {
    const [a, b] = generateNKeysBetween(null, null, 2) as [string, string];
    for (const unusable of ['', 'not a key', 'a00']) {
      const siblings = [
        { id: 'x', order: unusable },
        { id: 'y', order: a },
        { id: 'z', order: b },
      ].sort(compareOrdered);
      const ids = siblings.map((sibling) => sibling.id);
      for (let index = 0; index <= siblings.length; index++) {
        expect(applySlot(siblings, index, index)).toEqual([
          ...ids.slice(0, index),
          'new',
          ...ids.slice(index),
        ]);
      }
    }
  });
});
