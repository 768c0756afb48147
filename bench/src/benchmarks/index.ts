import type { Benchmark } from '../lib/Benchmark.js';
import { documentSize } from './documentSize.js';
import { fanout } from './fanout.js';
import { initialSync } from './initialSync.js';
import { memory } from './memory.js';
import { writeAmplification } from './writeAmplification.js';
import { moveLatency } from './moveLatency.js';
import { openCanvas } from './openCanvas.js';
import { clientFrames } from './clientFrames.js';
import { storageEngines } from './storageEngines.js';

/** Every benchmark of `npm run bench`, in run order (and order in docs/performance.md). */
export const BENCHMARKS: readonly Benchmark[] = [
  openCanvas,
  moveLatency,
  documentSize,
  fanout,
  initialSync,
  memory,
  writeAmplification,
  clientFrames,
  storageEngines,
];
