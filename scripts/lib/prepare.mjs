import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpm } from './run.mjs';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const INSTALL_STAMP = join(ROOT, 'node_modules', '.cairn-install-stamp');
const BUILD_STAMP = join(ROOT, '.cairn-build-stamp');

/** Files whose content decides what `pnpm install` produces. */
const INSTALL_INPUTS = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  'packages/model/package.json',
  'packages/canvas/package.json',
  'apps/server/package.json',
  'apps/web/package.json',
  'tests/package.json',
  'bench/package.json',
  'patches',
];

/** Folders and files whose state decides what the build produces (with the dependencies). */
const BUILD_INPUTS = [
  'pnpm-lock.yaml',
  'patches',
  'packages/model/src',
  'packages/model/tsconfig.json',
  'packages/model/package.json',
  'packages/canvas/src',
  'packages/canvas/tsconfig.json',
  'packages/canvas/package.json',
  'apps/server/src',
  'apps/server/tsconfig.json',
  'apps/server/package.json',
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'apps/web/tsconfig.json',
  'apps/web/package.json',
  'tsconfig.base.json',
  'tsconfig.json',
];

/** The outputs that must exist for a build to count as done. */
const BUILD_OUTPUTS = ['apps/server/dist/main.js', 'apps/web/dist/index.html'];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    filesUnder(join(path, entry.name)),
  );
}

/** Hash of the content of `paths` (files, or every file under a folder). */
function contentHash(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(path);
    for (const file of filesUnder(join(ROOT, path)).sort()) {
      hash.update(relative(ROOT, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Hash of paths, sizes and modification times: cheap enough to run at every start. */
function treeHash(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    for (const file of filesUnder(join(ROOT, path)).sort()) {
      const stat = statSync(file);
      hash.update(`${relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

function stampMatches(file, value) {
  return existsSync(file) && readFileSync(file, 'utf8') === value;
}

/** Installs dependencies from the lockfile unless they already match it. */
export function ensureInstalled({ force = false } = {}) {
  const stamp = contentHash(INSTALL_INPUTS);
  if (!force && stampMatches(INSTALL_STAMP, stamp)) return;
  console.log('Installing dependencies (pnpm install --frozen-lockfile)…');
  pnpm(['install', '--frozen-lockfile'], { cwd: ROOT });
  writeFileSync(INSTALL_STAMP, stamp);
}

/** Builds the model, the server and the web client unless nothing changed since the last build. */
export function ensureBuilt({ force = false } = {}) {
  const stamp = treeHash(BUILD_INPUTS);
  const outputsExist = BUILD_OUTPUTS.every((path) => existsSync(join(ROOT, path)));
  if (!force && outputsExist && stampMatches(BUILD_STAMP, stamp)) return;
  console.log('Building (tsc -b, vite build)…');
  pnpm(['exec', 'tsc', '-b'], { cwd: ROOT });
  // Always a production build, whatever NODE_ENV the caller has: under vitest (NODE_ENV=test),
  // `npm start` from a test once built React's development runtime and no service worker, and
  // that build then stood for every later run.
  pnpm(['--filter', '@cairn/web', 'run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  writeFileSync(BUILD_STAMP, stamp);
}
