import { cpus, loadavg, totalmem } from 'node:os';

/** What a reader needs to compare figures across runs. */
export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly date: string;
  /** One-minute load average when the run started, as a hint of other work on the machine. */
  readonly loadAverage: number;
  /** Whether other work ran at the same time: `CAIRN_BENCH_SHARED` if set, else guessed from the load. */
  readonly shared: boolean;
}

/** Reads the facts of this machine now; `env` is read for `CAIRN_BENCH_SHARED` (`1` or `0`). */
export function readMachineFacts(env: NodeJS.ProcessEnv = process.env): MachineFacts {
  const processors = cpus();
  const [load = 0] = loadavg();
  const declared = env['CAIRN_BENCH_SHARED'];
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: load,
    // A load above half the cores at start means something else was running.
    shared: declared === undefined ? load > processors.length / 2 : declared === '1',
  };
}

/** One Markdown line with the facts. */
export function formatMachineFacts(facts: MachineFacts): string {
  return (
    `${facts.date.slice(0, 16).replace('T', ' ')} UTC · ${facts.cpuModel}, ${facts.cores} cores, ` +
    `${facts.memoryGiB} GiB · Node ${facts.node} · load ${facts.loadAverage.toFixed(2)} when the run started · ` +
    (facts.shared
      ? 'machine shared with other work during the run (figures are noisier)'
      : 'no other heavy work during the run')
  );
}
