// `npm test`: install, build, typecheck, lint, format check, layer check, then every test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemPackages } from './ensureSystemPackages.mjs';
import { ensureBuilt, ensureInstalled, ROOT } from './lib/prepare.mjs';
import { pnpm } from './lib/run.mjs';

const started = Date.now();
const step = (name) => console.log(`\n▶ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);

step('install');
ensureInstalled({ force: true });
step('system packages (Chromium, PostgreSQL, Redis)');
process.env.CHROMIUM_PATH = ensureSystemPackages();
step('build and typecheck (tsc -b, vite build)');
ensureBuilt();
pnpm(['exec', 'tsc', '-b'], { cwd: ROOT });
step('typecheck tests and benchmarks (tsc -p tsconfig.tests.json, tsc -p bench --noEmit)');
pnpm(['exec', 'tsc', '-p', 'tsconfig.tests.json'], { cwd: ROOT });
pnpm(['exec', 'tsc', '-p', 'bench', '--noEmit'], { cwd: ROOT });
step('lint (eslint, zero warnings)');
pnpm(['exec', 'eslint', '--max-warnings', '0', '.'], { cwd: ROOT });
step('format (prettier --check)');
pnpm(['exec', 'prettier', '--check', '--log-level', 'warn', '.'], { cwd: ROOT });
step('layers (no circular imports)');
pnpm(
  [
    'exec',
    'madge',
    '--circular',
    '--extensions',
    'ts,tsx',
    '--ts-config',
    'tsconfig.base.json',
    'packages/model/src',
    'packages/canvas/src',
    'apps/server/src',
    'apps/web/src',
  ],
  { cwd: ROOT },
);

step('tests (vitest: model, canvas, server, web, integration, reliability at CI size, e2e)');
const reportDir = join(ROOT, 'test-results');
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest.json');
const vitest = spawnSync(
  'npx',
  [
    '--yes',
    'pnpm@12.4.2',
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
let summary = 'tests: no report';
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  summary = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  if (results.numTotalTests === 0) vitest.status = 1;
}
console.log(`\nnpm test finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(summary);
process.exit(vitest.status ?? 1);
