/**
 * Reads a histogram's cumulative buckets from Prometheus text exposition (no labels besides
 * `le`) and returns the upper bound of the bucket holding quantile `q` (0–1), as Prometheus's
 * `histogram_quantile` would without interpolation: a conservative (upper) estimate. NaN when the
 * histogram is empty or absent.
 */
export function histogramQuantile(text: string, name: string, q: number): number {
  const buckets: { le: number; count: number }[] = [];
  const pattern = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`, 'gm');
  for (const [, le, count] of text.matchAll(pattern)) {
    buckets.push({ le: le === '+Inf' ? Infinity : Number(le), count: Number(count) });
  }
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return Number.NaN;
  return buckets.find((bucket) => bucket.count >= q * total)?.le ?? Number.NaN;
}

/** The sum of every sample of counter or gauge `name` (all label sets). */
export function sampleSum(text: string, name: string): number {
  const pattern = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm');
  let sum = 0;
  for (const [, value] of text.matchAll(pattern)) sum += Number(value);
  return sum;
}
