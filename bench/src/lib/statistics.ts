/** Ascending copy of `values`. */
function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The nearest-rank percentile `p` (0–100) of `values`: the smallest value at least `p`% of the
 * values are less than or equal to. `NaN` for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  const ordered = sorted(values);
  if (ordered.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * ordered.length));
  return ordered[rank - 1] ?? Number.NaN;
}

/** The median (50th nearest-rank percentile) of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The largest of `values`; `NaN` for none. */
export function worst(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}
