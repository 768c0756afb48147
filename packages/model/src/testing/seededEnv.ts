import type { ModelEnv } from '../lib/core/ModelEnv.js';

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A ModelEnv whose clock ticks one millisecond per call from `start` and whose randomness is seeded. */
export function createSeededEnv(seed: number, start = Date.UTC(2026, 0, 1)): ModelEnv {
  let now = start;
  return { now: () => now++, random: seededRandom(seed) };
}
