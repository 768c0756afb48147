import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenStore } from './TokenStore.js';

/** File in the data directory that keeps the start-up admin link's token between restarts. */
export const STARTUP_TOKEN_FILE = 'admin-token';

/**
 * The admin token behind the link printed at start-up (as Jupyter prints its token URL): made on
 * first run and kept in the data directory, readable by its owner only, so the link stays the
 * same across restarts. Revoking it (or deleting the file) makes a new one at the next start.
 */
export function ensureStartupToken(tokens: TokenStore, dataDir: string): string {
  const file = join(dataDir, STARTUP_TOKEN_FILE);
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (tokens.verify(saved)?.role === 'admin') return saved;
  }
  const created = tokens.create('Administrator', 'admin');
  writeFileSync(file, `${created.token}\n`, { mode: 0o600 });
  return created.token;
}
