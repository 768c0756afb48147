// `npm run cli -- <command>`: the operator's command line (see `npm run cli -- --help`).
import { ensureBuilt, ensureInstalled } from './lib/prepare.mjs';

ensureInstalled();
ensureBuilt();
await import('../apps/server/dist/cli/main.js');
