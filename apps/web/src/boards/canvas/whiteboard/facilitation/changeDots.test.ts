import { describe, expect, it } from 'vitest';
import { changeDots, countDots, keepShapes, sameBallot } from './changeDots';

describe('changeDots', () => {
  it('adds a dot to a shape, several on one shape allowed', () => {
    const once = changeDots({}, 'shape:a', 1, 3);
    expect(once).toEqual({ 'shape:a': 1 });
    expect(changeDots(once ?? {}, 'shape:a', 1, 3)).toEqual({ 'shape:a': 2 });
  });

  it('refuses a dot beyond the budget', () => {
    expect(changeDots({ 'shape:a': 2, 'shape:b': 1 }, 'shape:c', 1, 3)).toBeNull();
  });

  it('removes a dot, and the shape with its last dot', () => {
    expect(changeDots({ 'shape:a': 2 }, 'shape:a', -1, 3)).toEqual({ 'shape:a': 1 });
    expect(changeDots({ 'shape:a': 1, 'shape:b': 1 }, 'shape:a', -1, 3)).toEqual({
      'shape:b': 1,
    });
  });

  it('refuses to take a dot from a shape without one', () => {
    expect(changeDots({ 'shape:a': 1 }, 'shape:b', -1, 3)).toBeNull();
  });

  it('lets a person take dots back from a ballot over the budget', () => {
    expect(changeDots({ 'shape:a': 5 }, 'shape:a', -1, 3)).toEqual({ 'shape:a': 4 });
  });

  it('leaves the ballot it was given untouched', () => {
    const ballot = { 'shape:a': 1 };
    changeDots(ballot, 'shape:a', 1, 3);
    expect(ballot).toEqual({ 'shape:a': 1 });
  });
});

describe('countDots', () => {
  it('sums the dots of every shape', () => {
    expect(countDots({})).toBe(0);
    expect(countDots({ 'shape:a': 2, 'shape:b': 3 })).toBe(5);
  });
});

describe('sameBallot', () => {
  it('compares shapes and counts, not key order', () => {
    expect(sameBallot({ 'shape:a': 1, 'shape:b': 2 }, { 'shape:b': 2, 'shape:a': 1 })).toBe(true);
    expect(sameBallot({ 'shape:a': 1 }, { 'shape:a': 2 })).toBe(false);
    expect(sameBallot({ 'shape:a': 1 }, { 'shape:a': 1, 'shape:b': 1 })).toBe(false);
    expect(sameBallot({ 'shape:a': 1, 'shape:b': 1 }, { 'shape:a': 1 })).toBe(false);
  });
});

describe('keepShapes', () => {
  it('gives back the dots on shapes that are gone', () => {
    const onBoard = (shapeId: string) => shapeId !== 'shape:gone';
    expect(keepShapes({ 'shape:a': 1, 'shape:gone': 2 }, onBoard)).toEqual({ 'shape:a': 1 });
  });

  it('returns the same ballot when every shape is there', () => {
    const ballot = { 'shape:a': 1 };
    expect(keepShapes(ballot, () => true)).toBe(ballot);
  });
});
