import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { NewBoard } from '../lib/board/initBoard.js';
import { ModelError } from '../lib/core/ModelError.js';
import type { OperationContext } from '../lib/core/OperationContext.js';
import { at } from './boardQueries.js';
import { createTestReplicas } from './createTestBoard.js';

/**
 * The harness behind the property-based convergence tests: seeded replicas on a simulated
 * network, random steps that act on one replica or deliver some updates, then full delivery and
 * a check that every replica shows the same valid view. Each test brings its own steps, the
 * operation behind each step and the invariants its views keep.
 *
 * It lives in src/test rather than the public `testing` entry point because it needs fast-check
 * and vitest, which @cairn/model does not depend on.
 */

/**
 * Targets are picks, not ids: ids only exist once the run creates them. A pick indexes the acting
 * replica's entries followed by every id any replica ever created, so some picks name entries
 * this replica has deleted or not yet received, and the operation refuses them.
 */
export type Pick = number;

/** The id a pick names: the replica's own ids first, then every id ever created in the run. */
export function resolvePick(
  choice: Pick,
  local: readonly string[],
  known: readonly string[],
): string {
  const candidates = [...local, ...known];
  return candidates.length === 0 ? 'nothing-yet' : at(candidates, choice % candidates.length);
}

/** Runs ModelError-refused operations as no-ops; any other error fails the run. */
export function refusable(operation: () => unknown): boolean {
  try {
    operation();
    return true;
  } catch (error) {
    if (error instanceof ModelError) return false;
    throw error;
  }
}

/** Runs use between 2 and this many replicas. */
const MAX_REPLICAS = 6;

/** A step that acts on one replica; `replica` is taken modulo the run's replica count. */
export interface ReplicaStep {
  readonly kind: string;
  readonly replica: number;
}

/** A step that delivers up to `count` in-flight updates, picked at random. */
export interface DeliverStep {
  readonly kind: 'deliver';
  readonly count: number;
}

/** The replica a step acts on, before it is taken modulo the run's replica count. */
const actingReplica = fc.nat({ max: MAX_REPLICAS - 1 });

/**
 * The `fc.oneof` entry for `kind` steps on a random replica, at `weight` against the other steps.
 * Every field is generated, except that those named in `optional` are sometimes left out.
 */
export function replicaStep<
  Kind extends string,
  Fields extends object,
  Optional extends keyof Fields = never,
>(
  weight: number,
  kind: Kind,
  fields: { [Key in keyof Fields]: fc.Arbitrary<Fields[Key]> },
  optional: readonly Optional[] = [],
): fc.WeightedArbitrary<
  { kind: Kind; replica: number } & Omit<Fields, Optional> &
    Partial<Omit<Fields, Exclude<keyof Fields, Optional>>>
> {
  const model: Record<string, fc.Arbitrary<unknown>> = {
    kind: fc.constant(kind),
    replica: actingReplica,
    ...fields,
  };
  const requiredKeys = Object.keys(model).filter((key) => !optional.some((name) => name === key));
  // Without optional fields, no constraints: the same generation as a plain fc.record.
  const arbitrary = optional.length === 0 ? fc.record(model) : fc.record(model, { requiredKeys });
  // fc.record cannot type keys chosen at run time; the signature above states the result.
  return { weight, arbitrary: arbitrary as fc.Arbitrary<never> };
}

/** The `fc.oneof` entry for deliver steps, at `weight` against the test's own steps. */
export function deliverSteps(weight: number): fc.WeightedArbitrary<DeliverStep> {
  return {
    weight,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      count: fc.integer({ min: 1, max: 12 }),
    }),
  };
}

function isDeliver<Step extends ReplicaStep>(step: Step | DeliverStep): step is DeliverStep {
  return step.kind === 'deliver';
}

/** What a convergence test brings: its board, its steps and what its views must show. */
export interface ConvergenceSpec<Step extends ReplicaStep, View, Known> {
  /** The board every replica starts from, or an arbitrary that picks one per run. */
  readonly board: Partial<NewBoard> | fc.Arbitrary<Partial<NewBoard>>;
  readonly steps: fc.Arbitrary<Step | DeliverStep>;
  /** What the run knows before any step (ids created so far), from the first replica. */
  readonly known: (first: Y.Doc) => Known;
  readonly read: (doc: Y.Doc) => View;
  /** Applies a step to its replica and checks what that replica shows right after. */
  readonly apply: (doc: Y.Doc, ctx: OperationContext, step: Step, known: Known) => void;
  /** What every replica shows after every step, synced or not. */
  readonly expectInvariants: (view: View) => void;
  /** Checks on the converged view beyond equality and the invariants. */
  readonly expectConverged?: (view: View, known: Known) => void;
  /** The fast-check seed when MODEL_FUZZ_SEED is unset. */
  readonly defaultSeed?: number;
}

/** The board kinds with a convergence property: the keys of regressionSeeds.json. */
export type ConvergenceProperty = 'roadmap' | 'strategy' | 'personas' | 'launch' | 'canvas';

/**
 * A run that once failed, kept so it is replayed on every run (regressionSeeds.json). Seed and
 * path are the ones fast-check prints with a counterexample; the path replays the shrunk run.
 */
export interface RegressionSeed {
  readonly property: ConvergenceProperty;
  readonly seed: number;
  readonly path?: string;
  /** What went wrong, as the test's name: "moving an item into a deleted lane loses it". */
  readonly bug: string;
}

/** Every run a property must keep passing, from regressionSeeds.json beside this file. */
export function regressionSeeds(property: ConvergenceProperty): RegressionSeed[] {
  const file = new URL('./regressionSeeds.json', import.meta.url);
  const seeds = JSON.parse(readFileSync(file, 'utf8')) as RegressionSeed[];
  return seeds.filter((entry) => entry.property === property);
}

/** Runs per property: MODEL_FUZZ_RUNS, 200 by default. */
function fuzzRuns(): number {
  return Number(process.env.MODEL_FUZZ_RUNS ?? 200);
}

/**
 * Registers a board kind's convergence property as a test, then one test per kept regression
 * seed, named after the bug it pins. The property's timeout grows with MODEL_FUZZ_RUNS, so the
 * soak's 4,000 runs per property are not cut short.
 */
export function testConvergence<Step extends ReplicaStep, View, Known>(
  property: ConvergenceProperty,
  title: string,
  spec: ConvergenceSpec<Step, View, Known>,
): void {
  it(title, () => checkConvergence(spec), Math.max(120_000, fuzzRuns() * 200));
  for (const regression of regressionSeeds(property)) {
    it(`regression (seed ${regression.seed}): ${regression.bug}`, () =>
      checkConvergence(spec, regression));
  }
}

/**
 * Asserts that replicas converge to the same valid view whatever the steps and the network do.
 * MODEL_FUZZ_RUNS (default 200) and MODEL_FUZZ_SEED (default `spec.defaultSeed`, else 20261126)
 * replay or widen a run; `regression` replays exactly one kept run instead.
 */
export function checkConvergence<Step extends ReplicaStep, View, Known>(
  spec: ConvergenceSpec<Step, View, Known>,
  regression?: RegressionSeed,
): void {
  const runOnce = (
    count: number,
    seed: number,
    board: Partial<NewBoard>,
    steps: readonly (Step | DeliverStep)[],
  ): void => {
    const { network, replicas, contexts } = createTestReplicas(count, seed, board);
    const known = spec.known(at(replicas, 0));
    for (const step of steps) {
      if (isDeliver(step)) {
        network.deliverSome(step.count);
        continue;
      }
      const acting = step.replica % count;
      spec.apply(at(replicas, acting), at(contexts, acting), step, known);
      spec.expectInvariants(spec.read(at(replicas, acting)));
    }
    network.deliverAll();
    const views = replicas.map((doc) => spec.read(doc));
    for (const view of views) expect(view).toEqual(at(views, 0));
    spec.expectInvariants(at(views, 0));
    spec.expectConverged?.(at(views, 0), known);
  };
  const replicaCount = fc.integer({ min: 2, max: MAX_REPLICAS });
  const stepLists = fc.array(spec.steps, { minLength: 20, maxLength: 80, size: 'max' });
  const { board } = spec;
  // With a path, fast-check replays that one (shrunk) run; without, every run of the seed.
  const parameters = regression
    ? { seed: regression.seed, path: regression.path, numRuns: regression.path ? 1 : fuzzRuns() }
    : {
        numRuns: fuzzRuns(),
        seed: Number(process.env.MODEL_FUZZ_SEED ?? spec.defaultSeed ?? 20261126),
      };
  if (board instanceof fc.Arbitrary) {
    fc.assert(fc.property(replicaCount, fc.nat(), board, stepLists, runOnce), parameters);
    return;
  }
  // A fixed board adds no arbitrary to the property, so a seed names the same runs either way.
  fc.assert(
    fc.property(replicaCount, fc.nat(), stepLists, (count, seed, steps) =>
      runOnce(count, seed, board, steps),
    ),
    parameters,
  );
}
