// `npm run bench [-- <id> …]`: install and build when needed, compile the benchmarks, run them.
import { join } from 'node:path';
import { ensureBuilt, ensureInstalled, ROOT } from './lib/prepare.mjs';
import { run } from './lib/run.mjs';

ensureInstalled();
ensureBuilt();
console.log('Compiling the benchmarks (tsc -p bench)…');
run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'bench'], {
  cwd: ROOT,
});
process.chdir(ROOT);
await import('../bench/dist/main.js');
