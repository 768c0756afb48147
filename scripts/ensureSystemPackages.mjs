import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/run.mjs';

/** The browser the end-to-end tests drive: CHROMIUM_PATH, or Debian's chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** PostgreSQL's programs from Debian's packages, any version. */
function hasPostgres() {
  const root = '/usr/lib/postgresql';
  return (
    existsSync(root) &&
    readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')))
  );
}

/**
 * What the tests need from Debian besides Node: Chromium for the end-to-end tests, PostgreSQL,
 * Redis and nginx for the scale-out tests (which start their own servers on loopback and stop
 * them; nginx runs deploy/nginx.conf, the balancer of docker-compose.yml).
 */
const PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  { name: 'postgresql', present: hasPostgres },
  { name: 'redis-server', present: () => existsSync('/usr/bin/redis-server') },
  { name: 'nginx-light', present: () => existsSync('/usr/sbin/nginx') },
];

/**
 * Makes sure every package is there: installs the missing ones from Debian when running as root
 * with apt-get, otherwise stops with the exact command to run. Never skips tests silently.
 * Returns the Chromium to drive.
 */
export function ensureSystemPackages() {
  const missing = PACKAGES.filter((item) => !item.present()).map((item) => item.name);
  if (missing.length === 0) return CHROMIUM_PATH;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const chromiumElsewhere = process.env.CHROMIUM_PATH && missing.includes('chromium');
  if (chromiumElsewhere || !isRoot || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(
      `The tests need ${missing.join(', ')} and did not find ${missing.length === 1 ? 'it' : 'them'}.\n` +
        `Install with:\n\n  sudo sh -c '${command}'\n\n` +
        (missing.includes('chromium') ? 'or point CHROMIUM_PATH at a Chromium binary.\n' : ''),
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian (apt-get install -y)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  // Debian starts a system nginx on port 80 where services may start; the tests run their own.
  if (missing.includes('nginx-light') && existsSync('/run/nginx.pid')) {
    run('/usr/sbin/nginx', ['-s', 'quit']);
  }
  return CHROMIUM_PATH;
}
