/**
 * What the model needs from the world, injected so that tests are deterministic: a clock and a
 * source of randomness (for ids and order-key jitter).
 */
export interface ModelEnv {
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** A number in [0, 1), like Math.random. */
  readonly random: () => number;
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Length of generated ids: 62^16 ≈ 4.8e28, so two replicas never pick the same one. */
export const ID_LENGTH = 16;

/** A new random id from the env's randomness, of ID_LENGTH base-62 characters. */
export function createId(env: ModelEnv): string {
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) {
    id += ID_ALPHABET[Math.floor(env.random() * ID_ALPHABET.length)];
  }
  return id;
}

/** The env for production: the wall clock and Math.random. */
export const systemEnv: ModelEnv = {
  now: () => Date.now(),
  random: () => Math.random(),
};
