import type * as Y from 'yjs';

/** Percentile of `values` (0–100), nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Makes `count` edits on `from` one after another (a counter in a probe map) and resolves with
 * how long each took to show in `to`, in ms: the latency one person's edit has for another.
 */
export async function measureEditLatency(
  from: Y.Doc,
  to: Y.Doc,
  count: number,
  key = 'latency-probe',
): Promise<number[]> {
  const latencies: number[] = [];
  const target = to.getMap<number>(key);
  for (let index = 0; index < count; index++) {
    const value = Date.now() * 1000 + index;
    const started = performance.now();
    const seen = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`edit ${index} not seen in 10 s`)), 10_000);
      const check = () => {
        if (target.get('n') !== value) return;
        clearTimeout(timer);
        target.unobserve(check);
        resolve();
      };
      target.observe(check);
    });
    from.getMap<number>(key).set('n', value);
    await seen;
    latencies.push(performance.now() - started);
  }
  return latencies;
}
