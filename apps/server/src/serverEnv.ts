import { randomInt } from 'node:crypto';
import type { ModelEnv } from '@cairn/model';

// randomInt needs max < 2^48; 2^40 values give far more precision than ids and order keys use.
const RANGE = 2 ** 40;

/** The server's clock and randomness: board ids must not be guessable, so crypto, not Math.random. */
export const serverEnv: ModelEnv = {
  now: () => Date.now(),
  random: () => randomInt(RANGE) / RANGE,
};
