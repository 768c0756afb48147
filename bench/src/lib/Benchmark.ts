/**
 * One figure of a benchmark: Cairn's value, the peer's value measured in the same run, and the
 * target Cairn's value must stay under.
 */
export interface BenchmarkRow {
  readonly measure: string;
  /** Unit printed after each value, e.g. `ms`, `B`, `×`. */
  readonly unit: string;
  readonly cairn: number;
  /** `null` when the peer has no counterpart for this measure. */
  readonly peer: number | null;
  /** An upper bound on Cairn's value; `null` for figures reported without a target. */
  readonly below: number | null;
}

/** What a benchmark hands back to the runner: one table and what a reader needs to trust it. */
export interface BenchmarkResult {
  /** Names the peer column: what Cairn is compared with in this run. */
  readonly peer: string;
  readonly rows: readonly BenchmarkRow[];
  /** Findings of this run worth reading next to the table (one sentence each). */
  readonly notes: readonly string[];
}

/** Where benchmarks find what the runner owns. */
export interface BenchmarkContext {
  /** The built web app a benchmark that opens Chromium serves. */
  readonly webDir: string;
  /** Progress lines go here, so a run of several minutes shows it is alive. */
  readonly log: (line: string) => void;
}

/**
 * One benchmark of `npm run bench`: a module in `src/benchmarks/` exporting one of these, listed
 * in `src/benchmarks/index.ts`.
 */
export interface Benchmark {
  /** Stable id: the section marker in docs/performance.md and the name `npm run bench -- <id>` takes. */
  readonly id: string;
  readonly title: string;
  /** Markdown: workload, what is timed from where to where, and the peer. */
  readonly method: string;
  run(context: BenchmarkContext): Promise<BenchmarkResult>;
}
