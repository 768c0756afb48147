/**
 * `npm run bench [-- <id> …]`: runs the benchmarks (all, or those named), prints a table per
 * benchmark and writes them to docs/performance.md. A benchmark that throws is reported and
 * skipped; the run then exits non-zero. A missed target does not fail the run.
 */
import { fileURLToPath } from 'node:url';
import { BENCHMARKS } from './benchmarks/index.js';
import type { Benchmark } from './lib/Benchmark.js';
import { allTargetsMet, formatTable } from './lib/formatTable.js';
import { installFrameClock } from './lib/installFrameClock.js';
import { readMachineFacts } from './lib/machineFacts.js';
import { writePerformanceDoc, type BenchmarkSection } from './lib/performanceDoc.js';

const ROOT = new URL('../../', import.meta.url);
const DOC_PATH = fileURLToPath(new URL('docs/performance.md', ROOT));
const WEB_DIR = process.env['CAIRN_BENCH_WEB_DIR'] || fileURLToPath(new URL('apps/web/dist', ROOT));

/** The benchmarks named on the command line, or all of them. */
function selectBenchmarks(ids: readonly string[]): readonly Benchmark[] {
  const unknown = ids.filter((id) => !BENCHMARKS.some((benchmark) => benchmark.id === id));
  if (unknown.length > 0) {
    const known = BENCHMARKS.map((benchmark) => benchmark.id).join(', ');
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${known}.`);
  }
  return ids.length === 0
    ? BENCHMARKS
    : BENCHMARKS.filter((benchmark) => ids.includes(benchmark.id));
}

async function main(): Promise<number> {
  installFrameClock();
  const selected = selectBenchmarks(process.argv.slice(2));
  const sections: BenchmarkSection[] = [];
  let failures = 0;
  // Read before any benchmark, so the load is other work's, not the previous benchmark's.
  const facts = readMachineFacts();
  for (const benchmark of selected) {
    console.log(`\n▶ ${benchmark.title} (${benchmark.id})`);
    const started = performance.now();
    try {
      const result = await benchmark.run({
        webDir: WEB_DIR,
        log: (line) => console.log(`  … ${line}`),
      });
      const seconds = (performance.now() - started) / 1000;
      sections.push({ benchmark, result, facts, seconds });
      console.log(`\nPeer: ${result.peer}\n${formatTable(result)}`);
      for (const note of result.notes) console.log(`- ${note}`);
      console.log(allTargetsMet(result) ? '✔ targets met' : '✖ a target was missed');
    } catch (error) {
      failures++;
      console.error(`✖ ${benchmark.id} failed:`, error);
    }
  }
  writePerformanceDoc(DOC_PATH, BENCHMARKS, sections);
  console.log(`\nWrote ${DOC_PATH}`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
