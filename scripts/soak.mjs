// `npm run soak [-- [--skip-prepare] <test file filter> …]`: the reliability suite at full size
// (CAIRN_RELIABILITY_SIZE=full), then its figures into docs/reliability.md, one section per
// part between `<!-- reliability:<id> -->` markers; sections not run are kept. It installs and
// builds first, as `npm test` does, unless --skip-prepare says the build is already current
// (e.g. after `npx tsc -b packages/model apps/server` while others edit the tree).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ensureInstalled, ROOT } from './lib/prepare.mjs';

const skipPrepare = process.argv.includes('--skip-prepare');
const filters = process.argv.slice(2).filter((argument) => argument !== '--skip-prepare');
if (!skipPrepare) {
  ensureInstalled();
  ensureBuilt();
}
const out = mkdtempSync(join(tmpdir(), 'cairn-soak-'));
const started = Date.now();
const load = loadavg()[0].toFixed(2);
const vitest = spawnSync(
  'npx',
  ['--yes', 'pnpm@12.4.2', 'exec', 'vitest', 'run', '--project', 'reliability', ...filters],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CAIRN_RELIABILITY_SIZE: 'full', CAIRN_RELIABILITY_OUT: out },
  },
);

const sections = existsSync(out)
  ? readdirSync(out)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(out, file), 'utf8')))
  : [];
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · load ${load} when the soak started`;
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const render = (section) => {
  const rows = section.figures.map(
    (figure) =>
      `| ${cell(figure.measure)} | ${cell(figure.value)} | ${cell(figure.target ?? '—')} | ${figure.pass === undefined ? '—' : figure.pass ? 'yes' : 'NO'} |`,
  );
  return [
    `<!-- reliability:${section.id} -->`,
    `## ${section.title}`,
    '',
    `Run: ${section.at.slice(0, 16).replace('T', ' ')} UTC · ${machine} · size \`${section.size}\`.`,
    '',
    section.method,
    '',
    '| measure | value | target | pass |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(section.notes?.length ? ['', ...section.notes.map((note) => `- ${note}`)] : []),
    `<!-- /reliability:${section.id} -->`,
  ].join('\n');
};

const docPath = join(ROOT, 'docs/reliability.md');
let doc = readFileSync(docPath, 'utf8');
for (const section of sections) {
  const pattern = new RegExp(
    `<!-- reliability:${section.id} -->[\\s\\S]*?<!-- /reliability:${section.id} -->`,
  );
  doc = pattern.test(doc)
    ? doc.replace(pattern, render(section))
    : `${doc.trimEnd()}\n\n${render(section)}\n`;
}
writeFileSync(docPath, doc);
// The doc is checked by `npm test`'s format step: leave it as prettier would.
spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--write', '--log-level', 'warn', docPath],
  { stdio: 'inherit' },
);
const written = sections.map((section) => section.id).join(', ') || 'none';
console.log(
  `\nSoak finished in ${Math.round((Date.now() - started) / 1000)} s (vitest exit ${vitest.status}).` +
    `\nWrote ${sections.length} section(s) (${written}) to ${docPath}` +
    `\nRaw figures: ${out}`,
);
process.exit(vitest.status ?? 1);
