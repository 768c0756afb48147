import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Big List of Naughty Strings, from the shared fixtures beside the repository. */
export const BLNS_PATH = fileURLToPath(
  new URL('../../../shared/fixtures/naughty-strings/blns.json', import.meta.url),
);

/** Every naughty string; fails loudly (never skips) when the fixture is missing. */
export function naughtyStrings(): string[] {
  if (!existsSync(BLNS_PATH)) {
    throw new Error(
      `Missing fixture ${BLNS_PATH}: the shared/ folder must sit beside the repository.`,
    );
  }
  return JSON.parse(readFileSync(BLNS_PATH, 'utf8')) as string[];
}
