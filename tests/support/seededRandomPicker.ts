import { seededRandom } from '@cairn/model/testing';

/** A seeded PRNG: the same seed replays the same run. */
export interface SeededRandom {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** The model's seeded generator (mulberry32), with the helpers fuzzing needs. */
export function seededRandomPicker(seed: number): SeededRandom {
  const next = seededRandom(seed);
  const int = (max: number) => Math.floor(next() * max);
  return {
    seed,
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** The seed a run uses when its environment variable does not name one. */
const DEFAULT_SEED = 20_261_126;

/** The seed in environment variable `name` (to replay a failure), or the default one. */
export function seedFrom(name: string): number {
  const given = process.env[name];
  if (given === undefined || given === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`${name} must be a whole number, not ${JSON.stringify(given)}.`);
  }
  return seed >>> 0;
}
