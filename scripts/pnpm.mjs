// `node scripts/pnpm.mjs …`: the pinned pnpm (through npx), for package.json scripts and images.
import { pnpm } from './lib/run.mjs';

pnpm(process.argv.slice(2));
