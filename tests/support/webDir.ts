import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built web client that end-to-end tests serve; `npm test` builds it first.
 * `CAIRN_TEST_WEB_DIR` points the tests at another build (for example one built with
 * `vite build --outDir` while the main build is in use).
 */
export const WEB_DIR =
  process.env['CAIRN_TEST_WEB_DIR'] ??
  fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

/** WEB_DIR, or a clear failure when the build is missing. */
export function builtWebDir(): string {
  if (!existsSync(`${WEB_DIR}/index.html`)) {
    throw new Error(`No web build at ${WEB_DIR}: run npm run build (npm test does it first).`);
  }
  return WEB_DIR;
}
