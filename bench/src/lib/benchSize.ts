/**
 * A benchmark size from the environment (`BENCH_<NAME>`), so a benchmark can be developed small
 * and run full size: `BENCH_FANOUT_CLIENTS=100 npm run bench -- fanout`. Falls back to `full`.
 */
export function benchSize(name: string, full: number): number {
  const raw = process.env[`BENCH_${name}`];
  if (raw === undefined || raw === '') return full;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`BENCH_${name} must be a positive number, not ${JSON.stringify(raw)}.`);
  }
  return value;
}

/** Whether any `BENCH_<prefix>…` variable changed a size, so a report can say it is not full size. */
export function isResized(prefix: string): boolean {
  return Object.keys(process.env).some((key) => key.startsWith(`BENCH_${prefix}`));
}
