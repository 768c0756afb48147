import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './freePort.js';

/** A PostgreSQL server of this machine's (Debian's packages), started for tests on loopback. */
export interface RunningPostgres {
  /** `postgres://cairn@127.0.0.1:<port>`: the server, for CAIRN_TEST_POSTGRES. */
  readonly url: string;
  /** `postgres://…` of a fresh, empty database on it. */
  createDatabase(): Promise<string>;
  stop(): void;
}

const BIN_ROOT = '/usr/lib/postgresql';

function binDir(): string {
  const versions = existsSync(BIN_ROOT)
    ? readdirSync(BIN_ROOT).sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions
    .map((version) => join(BIN_ROOT, version, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) {
    throw new Error(
      'PostgreSQL is not installed: `apt-get install -y postgresql` (npm test does this when run as root).',
    );
  }
  return found;
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` account. */
function run(program: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, [...args]];
  execFileSync(command, commandArgs, { stdio: 'pipe' });
}

let databases = 0;

/** Creates a cluster in a temporary folder and starts it on a free loopback port. */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'cairn-postgres-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'cairn', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  const admin = `postgres://cairn@127.0.0.1:${port}/postgres`;
  return {
    url: `postgres://cairn@127.0.0.1:${port}`,
    createDatabase: async () => {
      const name = `cairn_test_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://cairn@127.0.0.1:${port}/${name}`;
    },
    stop: () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
