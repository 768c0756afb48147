import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addItem, readBoard, systemEnv, type OperationContext } from '@cairn/model';
import { seededRandom } from '@cairn/model/testing';
import { startTestServer } from '@cairn/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { spawnServer, type SpawnedServer } from '../support/spawnServer.js';
import { storedTitles } from '../support/storedTitles.js';

const asUser: OperationContext = {
  origin: { kind: 'local-user', userId: 'tester' },
  env: systemEnv,
};
const SEED = Number(process.env.DURABILITY_SEED ?? 20261126);

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-durability-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(dataDir: string): Promise<SpawnedServer> {
  const server = await spawnServer(dataDir);
  cleanups.push(() => server.stop('SIGKILL'));
  return server;
}

describe('durability: an acknowledged edit is never lost', () => {
  it('keeps every edit acknowledged over REST and WebSocket across kill -9', async () => {
    const dataDir = tempDataDir();
    const random = seededRandom(SEED);
    const acknowledged: string[] = [];
    let server = await start(dataDir);
    const board = await api<{ id: string }>(server.url, server.adminToken, 'POST', '/api/boards', {
      title: 'Survives',
      kind: 'roadmap',
    });
    for (let round = 0; round < 3; round++) {
      const client = connectProvider(server.wsUrl, board.body.id, server.adminToken);
      await client.synced();
      const edits = 10 + Math.floor(random() * 20);
      for (let edit = 0; edit < edits; edit++) {
        const title = `round ${round} edit ${edit}`;
        if (random() < 0.5) {
          const response = await api(
            server.url,
            server.adminToken,
            'POST',
            `/api/boards/${board.body.id}/items`,
            { title },
          );
          expect(response.status).toBe(201);
        } else {
          addItem(client.doc, { title }, asUser);
          await client.acknowledged();
        }
        acknowledged.push(title);
      }
      // In flight when the process dies: may or may not survive, must not break anything.
      addItem(client.doc, { title: `round ${round} unacknowledged` }, asUser);
      expect(await server.stop('SIGKILL')).toBeNull();
      client.destroy();
      server = await start(dataDir);
      const titles = await storedTitles(server.url, server.adminToken, board.body.id);
      expect(titles).toEqual(expect.arrayContaining(acknowledged));
    }
  });

  it('stops cleanly on SIGTERM with everything kept', async () => {
    const dataDir = tempDataDir();
    let server = await start(dataDir);
    const board = await api<{ id: string }>(server.url, server.adminToken, 'POST', '/api/boards', {
      title: 'Graceful',
      kind: 'roadmap',
    });
    const client = connectProvider(server.wsUrl, board.body.id, server.adminToken);
    await client.synced();
    for (let edit = 0; edit < 20; edit++) addItem(client.doc, { title: `edit ${edit}` }, asUser);
    await client.acknowledged();
    expect(await server.stop('SIGTERM')).toBe(0);
    client.destroy();
    server = await start(dataDir);
    expect(await storedTitles(server.url, server.adminToken, board.body.id)).toHaveLength(20);
  });

  it('never loads a stale document when it unloads and reloads while writes are in flight', async () => {
    const dataDir = tempDataDir();
    const server = await startTestServer({ dataDir, variables: { CAIRN_UNLOAD_DELAY_MS: '0' } });
    cleanups.push(() => server.stop());
    const token = server.token('editor');
    const board = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
      title: 'Churn',
      kind: 'roadmap',
    });
    const expected: string[] = [];
    for (let round = 0; round < 25; round++) {
      const client = connectProvider(server.wsUrl, board.body.id, token);
      await client.synced();
      expect(readBoard(client.doc).items.map((item) => item.title)).toEqual(expected);
      addItem(client.doc, { title: `socket ${round}` }, asUser);
      await client.acknowledged();
      expected.push(`socket ${round}`);
      // Disconnecting unloads the document; the REST write races that unload.
      const write = api(server.url, token, 'POST', `/api/boards/${board.body.id}/items`, {
        title: `rest ${round}`,
      });
      client.destroy();
      expect((await write).status).toBe(201);
      expected.push(`rest ${round}`);
    }
    await server.stop();
    const restarted = await startTestServer({ dataDir });
    cleanups.push(() => restarted.stop());
    const stored = await api<{ items: { title: string }[] }>(
      restarted.url,
      restarted.token('viewer'),
      'GET',
      `/api/boards/${board.body.id}`,
    );
    expect(stored.body.items.map((item) => item.title).sort()).toEqual([...expected].sort());
  });
});
