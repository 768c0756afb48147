import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renameBoard, systemEnv } from '@cairn/model';
import { afterEach, describe, expect, it } from 'vitest';
import { signUpByApi } from '../support/accounts.js';
import { api, apiAs } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { spawnServer, type SpawnedServer } from '../support/spawnServer.js';

const CLI = fileURLToPath(new URL('../../apps/server/dist/cli/main.js', import.meta.url));
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function cli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A data directory of its own with a server running on it, both gone after the test. */
async function serverInTempDir(): Promise<{ dataDir: string; server: SpawnedServer }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cairn-cli-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await spawnServer(dataDir);
  cleanups.push(() => server.stop('SIGTERM'));
  return { dataDir, server };
}

describe('cairn CLI', () => {
  it('ends quietly when the reader of its output stops early (| head -1)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-cli-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(
      process.execPath,
      [CLI, 'token', 'create', '--name', 'Piped', '--role', 'viewer'],
      { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader goes away before the CLI writes anything, as `head` does after its first line.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // The token was made all the same.
    expect(cli(dataDir, 'token', 'list').stdout).toMatch(/\tviewer\tactive\tPiped\n/);
  });

  it('creates a token that a running server accepts at once, lists it and revokes it', async () => {
    const { dataDir, server } = await serverInTempDir();

    const created = cli(dataDir, 'token', 'create', '--name', 'CI bot', '--role', 'editor');
    expect(created.status).toBe(0);
    const token = created.stdout.trim().split('\n').at(-1) ?? '';
    expect(await api(server.url, token, 'GET', '/api/me')).toMatchObject({
      status: 200,
      body: { name: 'CI bot', role: 'editor' },
    });

    const listed = cli(dataDir, 'token', 'list');
    expect(listed.stdout).toMatch(/\teditor\tactive\tCI bot\n/);
    expect(listed.stdout).not.toContain(token);
    const id = /^(\S+)\teditor\tactive\tCI bot$/m.exec(listed.stdout)?.[1] ?? '';
    expect(cli(dataDir, 'token', 'revoke', id).status).toBe(0);
    expect((await api(server.url, token, 'GET', '/api/me')).status).toBe(401);
  });

  it('closes the open socket of a token it revoked within a second, unannounced as that is', async () => {
    const { dataDir, server } = await serverInTempDir();
    const created = cli(dataDir, 'token', 'create', '--name', 'Leaked', '--role', 'editor');
    const token = created.stdout.trim().split('\n').at(-1) ?? '';
    const id = /^Created editor token (\S+) /m.exec(created.stdout)?.[1] ?? '';
    const board = await api<{ id: string }>(server.url, server.adminToken, 'POST', '/api/boards', {
      title: 'Kept safe',
      kind: 'roadmap',
    });
    const client = connectProvider(server.wsUrl, board.body.id, token);
    cleanups.push(() => client.destroy());
    await client.synced();

    // Nobody tells the server of the command line's write: it notices another process wrote to
    // the database within a second (OutsideWriteWatch) and reads access again at the socket's
    // next message (RememberedVerdicts).
    expect(cli(dataDir, 'token', 'revoke', id).status).toBe(0);
    const revokedAt = performance.now();
    const closed = client.closed();
    let edits = 0;
    const editing = setInterval(() => {
      edits += 1;
      renameBoard(client.doc, `Edit ${edits}`, {
        origin: { kind: 'local-user', userId: id },
        env: systemEnv,
      });
    }, 50);
    try {
      expect(await closed).toBe('unauthorized');
    } finally {
      clearInterval(editing);
    }
    expect(performance.now() - revokedAt).toBeLessThan(3_000);
  });

  it('lists accounts, sets workspace roles and resets a password for a running server', async () => {
    const { dataDir, server } = await serverInTempDir();
    const password = 'a long enough password';
    const ada = await signUpByApi(server.url, { email: 'ada@example.com', name: 'Ada', password });
    const bo = await signUpByApi(server.url, { email: 'bo@example.com', name: 'Bo', password });

    const listed = cli(dataDir, 'user', 'list');
    expect(listed.stdout).toContain(`${ada.id}\tada@example.com\tadmin\tAda\n`);
    expect(listed.stdout).toContain(`${bo.id}\tbo@example.com\t-\tBo\n`);

    expect(cli(dataDir, 'user', 'role', ' BO@example.com', 'editor').status).toBe(0);
    const me = await apiAs<{ role: string }>(server.url, { cookie: bo.cookie }, 'GET', '/api/me');
    expect(me.body.role).toBe('editor');
    const lastAdmin = cli(dataDir, 'user', 'role', 'ada@example.com', 'none');
    expect(lastAdmin.status).toBe(2);
    expect(lastAdmin.stderr).toMatch(/last workspace admin/);

    const reset = cli(dataDir, 'user', 'reset-password', 'bo@example.com');
    expect(reset.status).toBe(0);
    const newPassword = reset.stdout.trim().split('\n').at(-1) ?? '';
    expect((await apiAs(server.url, { cookie: bo.cookie }, 'GET', '/api/me')).status).toBe(401);
    const signIn = (candidate: string) =>
      apiAs(server.url, { origin: null }, 'POST', '/api/auth/signin', {
        email: 'bo@example.com',
        password: candidate,
      });
    expect((await signIn(password)).status).toBe(401);
    expect((await signIn(newPassword)).status).toBe(200);
    expect(cli(dataDir, 'user', 'role', 'nobody@example.com', 'viewer').stderr).toMatch(
      /No account with the email nobody@example.com/,
    );
  });

  it('explains what is wrong with a bad command', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-cli-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const badRole = cli(dataDir, 'token', 'create', '--name', 'x', '--role', 'owner');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be one of viewer, commenter, editor, admin/);
    expect(cli(dataDir, 'tokens').stderr).toMatch(/Unknown command/);
    // A sixty-fourth of ids begin with '-': they are ids, not options.
    const dashed = cli(dataDir, 'token', 'revoke', '-cSGhvaOAbzg');
    expect(dashed.status).toBe(2);
    expect(dashed.stderr).toMatch(/^No token -cSGhvaOAbzg\./);
  });
});
