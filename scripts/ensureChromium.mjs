import { existsSync } from 'node:fs';
import { run } from './lib/run.mjs';

/** The browser the end-to-end tests drive: CHROMIUM_PATH, or Debian's chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/**
 * Makes sure Chromium is there: installs Debian's package when running as root with apt-get,
 * otherwise stops with the exact command to run. Never skips the browser tests silently.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH || !isRoot || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(
      `Chromium is needed for the end-to-end tests and was not found at ${CHROMIUM_PATH}.\n` +
        `Install it with:\n\n  sudo sh -c '${INSTALL_COMMAND}'\n\n` +
        'or point CHROMIUM_PATH at a Chromium binary.\n',
    );
    process.exit(1);
  }
  console.log('Installing Chromium from Debian (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
  return CHROMIUM_PATH;
}
