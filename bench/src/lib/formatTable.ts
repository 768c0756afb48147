import type { BenchmarkResult, BenchmarkRow } from './Benchmark.js';

const HEADER = ['measure', 'Cairn', 'peer', 'ratio', 'target', 'pass'] as const;

/** `value` with its unit, rounded to what a benchmark on a shared machine can resolve. */
export function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits =
    Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '' ? text : `${text} ${unit}`;
}

/** The cells of one row, in {@link HEADER} order. Ratio is Cairn ÷ peer. */
function cells(row: BenchmarkRow): string[] {
  const ratio = row.peer === null || row.peer === 0 ? null : row.cairn / row.peer;
  return [
    row.measure,
    formatValue(row.cairn, row.unit),
    row.peer === null ? '—' : formatValue(row.peer, row.unit),
    ratio === null ? '—' : `${ratio.toFixed(2)}×`,
    row.below === null ? '—' : `< ${formatValue(row.below, row.unit)}`,
    row.below === null ? '—' : row.cairn < row.below ? 'yes' : 'NO',
  ];
}

/**
 * A Markdown table of `result` (measure | Cairn | peer | ratio | target | pass), padded so it also
 * reads as plain text in a terminal.
 */
export function formatTable(result: BenchmarkResult): string {
  const lines = [[...HEADER], ...result.rows.map(cells)];
  const widths = HEADER.map((_, column) =>
    Math.max(...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (line: readonly string[]) =>
    `| ${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  const [header = [], ...body] = lines;
  return [render(header), rule, ...body.map(render)].join('\n');
}

/** True when every row with a target meets it. */
export function allTargetsMet(result: BenchmarkResult): boolean {
  return result.rows.every((row) => row.below === null || row.cairn < row.below);
}
