// `npm start`: install and build when needed, then run the server in this same process.
import { ensureBuilt, ensureInstalled, ROOT } from './lib/prepare.mjs';

ensureInstalled();
ensureBuilt();
process.chdir(ROOT);
await import('../apps/server/dist/main.js');
