import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How big the reliability suite runs: `ci` inside `npm test` (minutes in all), `full` under
 * `npm run soak` (CAIRN_RELIABILITY_SIZE=full), which writes docs/reliability.md.
 */
export type ReliabilitySize = 'ci' | 'full';

export const RELIABILITY_SIZE: ReliabilitySize =
  process.env.CAIRN_RELIABILITY_SIZE === 'full' ? 'full' : 'ci';

/** `ci` inside `npm test`, `full` under `npm run soak`. */
export function sized<T>(ci: T, full: T): T {
  return RELIABILITY_SIZE === 'full' ? full : ci;
}

/** One line of a reliability section's table. */
export interface ReliabilityFigure {
  readonly measure: string;
  /** As it should read in the table, with its unit ("0 of 1,000", "312 ms"). */
  readonly value: string;
  /** The bound, as text ("0 lost", "< 1 s"); omit when there is none. */
  readonly target?: string;
  readonly pass?: boolean;
}

/** One numbered part of the suite, as docs/reliability.md shows it. */
export interface ReliabilitySection {
  /** The section marker: `fuzz`, `convergence`, `kill`, `wire`, `authz`, `awareness`, `growth`, `hostile`. */
  readonly id: string;
  readonly title: string;
  /** What runs and how it is measured, in a sentence or three. */
  readonly method: string;
  readonly figures: readonly ReliabilityFigure[];
  readonly notes?: readonly string[];
}

/**
 * Records a section's figures for `npm run soak` (which sets CAIRN_RELIABILITY_OUT and turns the
 * files into docs/reliability.md). Inside `npm test` it writes nothing: the assertions are the
 * test, the figures are the soak's.
 */
export function reportReliability(section: ReliabilitySection): void {
  const out = process.env.CAIRN_RELIABILITY_OUT;
  if (!out) return;
  mkdirSync(out, { recursive: true });
  const record = { ...section, size: RELIABILITY_SIZE, at: new Date().toISOString() };
  writeFileSync(join(out, `${section.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
