import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Node's `gc()` without starting node with --expose-gc: the flag is set at run time and the
 * function read from a fresh context (it is only put on contexts made after the flag is set).
 */
export function forceGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc !== 'function') throw new Error('gc() is not available');
  return gc;
}

/** Heap in use after full collections, in bytes. */
export async function settledHeapBytes(gc: () => void): Promise<number> {
  for (let round = 0; round < 3; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}
