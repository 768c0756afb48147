import { spawnSync } from 'node:child_process';

/** The pinned pnpm, through npx, so Node.js and npm are the only prerequisites. */
export const PNPM = ['--yes', 'pnpm@12.4.2'];

/** Runs a command with inherited output; exits this process with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    const code = result.status ?? 1;
    process.stderr.write(`\n✖ ${command} ${args.join(' ')} failed (exit ${code}).\n`);
    process.exit(code);
  }
}

/** Runs the pinned pnpm with `args`. */
export function pnpm(args, options = {}) {
  run('npx', [...PNPM, ...args], options);
}
