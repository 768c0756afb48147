import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportReliability, sized } from '../support/reliability.js';

/**
 * Part 1: the model's own seeded convergence properties (packages/model/src/test/*Convergence),
 * run by a vitest of their own with MODEL_FUZZ_RUNS and MODEL_FUZZ_SEED. Spawning rather than
 * importing keeps the harness where it lives: it needs fast-check and vitest, which the model's
 * published `testing` entry must not depend on, and tests/ may not reach into packages' src/.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

/** One property per board kind; the run fails if the model gains or loses one. */
const PROPERTIES = 5;
const TOTAL_RUNS = sized(500, 20_000);
const RUNS_PER_PROPERTY = Math.ceil(TOTAL_RUNS / PROPERTIES);
/** About 3 minutes on this machine at full size when idle; under load it takes longer. */
const TIMEOUT_MS = sized(180_000, 30 * 60_000);
/**
 * Not the model's default seeds, so this part adds runs rather than repeating the model
 * project's. MODEL_FUZZ_SEED explores other ground: `MODEL_FUZZ_SEED=7 npm run soak -- fuzz`.
 */
const SEED = Number(process.env.MODEL_FUZZ_SEED ?? 20_261_206);

/** What vitest's JSON reporter says of one test. */
interface AssertionResult {
  readonly title: string;
  readonly status: string;
  readonly duration?: number;
  readonly failureMessages: readonly string[];
}

interface JsonReport {
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly AssertionResult[];
  }[];
}

/** Runs the model's convergence tests in a vitest of their own and returns its JSON report. */
async function runModelProperties(
  signal: AbortSignal,
): Promise<{ report: JsonReport; exitCode: number | null }> {
  const out = mkdtempSync(join(tmpdir(), 'cairn-fuzz-'));
  try {
    const outputFile = join(out, 'report.json');
    const child = spawn(
      process.execPath,
      [
        VITEST,
        'run',
        '--project',
        'model',
        '--reporter=json',
        `--outputFile.json=${outputFile}`,
        'packages/model/src/test/',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        // A timed-out or cancelled test stops its vitest rather than leaving it running.
        signal,
        env: {
          ...process.env,
          MODEL_FUZZ_RUNS: String(RUNS_PER_PROPERTY),
          MODEL_FUZZ_SEED: String(SEED),
        },
      },
    );
    const [exitCode] = (await once(child, 'exit')) as [number | null];
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as JsonReport;
    return { report, exitCode };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The board kind a property file tests: `launchConvergence.test.ts` → launch; the roadmap's has none. */
function propertyOf(file: string): string {
  return /\/(\w+)Convergence\.test\.ts$/.exec(file)?.[1] ?? 'roadmap';
}

/** The line to add to regressionSeeds.json for a fast-check failure, from its message. */
function regressionEntry(file: string, message: string): string {
  const found = /seed: (-?\d+), path: "([^"]*)"/.exec(message);
  if (!found) return `(no seed in the message) ${message.slice(0, 400)}`;
  return JSON.stringify({
    property: propertyOf(file),
    seed: Number(found[1]),
    path: found[2],
    bug: 'describe what failed',
  });
}

describe('model fuzz: replicas converge under seeded random operations and networks', () => {
  it(
    `passes ${TOTAL_RUNS.toLocaleString('en')} runs over the board kinds, and every kept seed`,
    async ({ signal }) => {
      const started = performance.now();
      const { report, exitCode } = await runModelProperties(signal);
      const seconds = (performance.now() - started) / 1000;
      const results = report.testResults.flatMap((file) =>
        file.assertionResults.map((test) => ({ file: file.name, ...test })),
      );
      const regressions = results.filter((test) => test.title.startsWith('regression'));
      const properties = results.filter((test) => !test.title.startsWith('regression'));
      const failures = results.filter((test) => test.status !== 'passed');
      for (const failure of failures) {
        console.error(
          `Fuzz failure in ${failure.file} (MODEL_FUZZ_SEED=${SEED}, MODEL_FUZZ_RUNS=${RUNS_PER_PROPERTY}).\n` +
            `Keep it: add to packages/model/src/test/regressionSeeds.json\n  ${regressionEntry(failure.file, failure.failureMessages.join('\n'))}\n` +
            failure.failureMessages.join('\n').slice(0, 2_000),
        );
      }
      const runs = properties.length * RUNS_PER_PROPERTY;
      reportReliability({
        id: 'fuzz',
        title: '1. Model fuzz',
        method:
          `The model's seeded fast-check convergence properties, one per board kind (roadmap, strategy, personas, launch, canvas), run by \`tests/reliability/fuzz.test.ts\` in a vitest of their own with MODEL_FUZZ_RUNS=${RUNS_PER_PROPERTY} and MODEL_FUZZ_SEED=${SEED}: ` +
          'each run is 2–6 replicas on a simulated network applying 20–80 random named operations and partial deliveries, then full delivery; every replica must show the same valid board. ' +
          'Every seed kept in `packages/model/src/test/regressionSeeds.json` is replayed as a test of its own.',
        figures: [
          {
            measure: 'runs',
            value: `${runs.toLocaleString('en')} (${properties.length} properties × ${RUNS_PER_PROPERTY.toLocaleString('en')})`,
            target: `${TOTAL_RUNS.toLocaleString('en')}`,
            pass: runs >= TOTAL_RUNS,
          },
          {
            measure: 'failing properties (fast-check stops a property at its first failing run)',
            value: String(failures.length),
            target: '0',
            pass: failures.length === 0,
          },
          { measure: 'kept regression seeds replayed', value: String(regressions.length) },
          ...properties.map((test) => ({
            measure: `time, ${propertyOf(test.file)}`,
            value: `${((test.duration ?? 0) / 1000).toFixed(1)} s`,
          })),
          { measure: 'wall time (2 files at a time)', value: `${seconds.toFixed(0)} s` },
        ],
        notes: [
          'Add a failing seed: the failure prints a line for `packages/model/src/test/regressionSeeds.json` ({property, seed, path, bug}); name the bug, add the line, fix the model. The seed replays its shrunk run on every `npm test`. A seed pins a run of the generators as they are: when a property’s steps change, turn the kept run into an explicit test.',
        ],
      });
      expect(failures.map((failure) => failure.title)).toEqual([]);
      expect(properties).toHaveLength(PROPERTIES);
      expect(exitCode).toBe(0);
    },
    TIMEOUT_MS,
  );
});
