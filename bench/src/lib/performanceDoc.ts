import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Benchmark, BenchmarkResult } from './Benchmark.js';
import { formatTable } from './formatTable.js';
import { formatMachineFacts, type MachineFacts } from './machineFacts.js';

const INTRO = `# Performance

Written by \`npm run bench\` (\`bench/\`): each benchmark measures Cairn and a peer in the same
run, on the same machine, and prints the table below. \`ratio\` is Cairn ÷ peer; \`target\` is
the bound Cairn's figure must stay under. These are benchmarks, not timed tests: figures move
with the machine and its load, so each section says where and when it ran. Run one benchmark
with \`npm run bench -- <id>\` (ids: the section markers); the others' sections are kept.
`;

/** One benchmark's finished section. */
export interface BenchmarkSection {
  readonly benchmark: Benchmark;
  readonly result: BenchmarkResult;
  readonly facts: MachineFacts;
  readonly seconds: number;
}

const startMarker = (id: string) => `<!-- bench:${id} -->`;
const endMarker = (id: string) => `<!-- /bench:${id} -->`;

/** The Markdown of one section, between its markers. */
function renderSection({ benchmark, result, facts, seconds }: BenchmarkSection): string {
  const notes = result.notes.map((note) => `- ${note}`);
  return [
    startMarker(benchmark.id),
    `## ${benchmark.title}`,
    '',
    `Run: ${formatMachineFacts(facts)} · this benchmark took ${Math.round(seconds)} s.`,
    '',
    benchmark.method,
    '',
    `Peer: ${result.peer}.`,
    '',
    formatTable(result),
    ...(notes.length > 0 ? ['', ...notes] : []),
    endMarker(benchmark.id),
  ].join('\n');
}

/** The section of benchmark `id` in `text`, markers included, if it has one. */
function findSection(text: string, id: string): string | null {
  const start = text.indexOf(startMarker(id));
  const end = text.indexOf(endMarker(id));
  if (start < 0 || end < start) return null;
  return text.slice(start, end + endMarker(id).length);
}

/**
 * Rewrites the file at `path`: the intro, then one section per benchmark of `order`, from
 * `sections` when it ran now, else as the file had it (benchmarks never run get none).
 */
export function writePerformanceDoc(
  path: string,
  order: readonly Benchmark[],
  sections: readonly BenchmarkSection[],
): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const parts = order.flatMap((benchmark) => {
    const fresh = sections.find((section) => section.benchmark === benchmark);
    const text = fresh === undefined ? findSection(previous, benchmark.id) : renderSection(fresh);
    return text === null ? [] : [text];
  });
  writeFileSync(path, [INTRO, ...parts].join('\n') + '\n');
}
