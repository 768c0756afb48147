import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addItem, readBoard, systemEnv, type OperationContext } from '@cairn/model';
import {
  startPostgres,
  startRedis,
  type RunningPostgres,
  type RunningRedis,
} from '@cairn/server/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AcknowledgedEdits } from '../support/AcknowledgedEdits.js';
import { api } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { spawnServer, type SpawnedServer } from '../support/spawnServer.js';
import { startNginx } from '../support/startNginx.js';
import { storedTitles } from '../support/storedTitles.js';
import { waitFor } from '../support/waitFor.js';

// Issue 7, scale-out: several Cairn processes behind one address share boards through
// PostgreSQL (DATABASE_URL) and Redis (REDIS_URL). Real servers from Debian's packages, real
// processes, and the nginx configuration docker-compose.yml runs (deploy/nginx.conf).

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

let postgres: RunningPostgres;
let redis: RunningRedis;
const cleanups: (() => Promise<unknown> | void)[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  redis = await startRedis();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await redis?.stop();
  postgres?.stop();
});

/** Two Cairn processes over one fresh database and one Redis (this file's, or `redisUrl`). */
async function startPair(
  redisUrl = redis.url,
  variables: Record<string, string> = {},
): Promise<[SpawnedServer, SpawnedServer]> {
  const databaseUrl = await postgres.createDatabase();
  const start = async (): Promise<SpawnedServer> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-scale-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await spawnServer(dataDir, {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      CAIRN_UNLOAD_DELAY_MS: '500',
      ...variables,
    });
    cleanups.push(() => server.stop('SIGKILL'));
    return server;
  };
  // One after the other: the first migrates the database, the second finds it ready.
  const first = await start();
  return [first, await start()];
}

/** A roadmap made on `a`, with a person on each process, both synced. */
async function openOnBoth(a: SpawnedServer, b: SpawnedServer, title: string) {
  const created = await api<{ id: string }>(a.url, a.adminToken, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  const boardId = created.body.id;
  const onA = connectProvider(a.wsUrl, boardId, a.adminToken);
  const onB = connectProvider(b.wsUrl, boardId, b.adminToken);
  cleanups.push(
    () => onA.destroy(),
    () => onB.destroy(),
  );
  await Promise.all([onA.synced(), onB.synced()]);
  return { boardId, onA, onB };
}

function titlesOf(client: TestClient): string[] {
  return readBoard(client.doc)
    .items.map((item) => item.title)
    .sort();
}

/**
 * Resolves once `server` has a board asleep (`cairn_documents_asleep` on its `/metrics`, read
 * from loopback). Another process has no event to await: its metrics are asked every 50 ms.
 */
async function untilAsleep(server: SpawnedServer): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    if (/^cairn_documents_asleep [1-9]/m.test(text)) return;
    if (Date.now() > deadline) throw new Error(`No board fell asleep on ${server.url}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function portOf(server: SpawnedServer): number {
  return Number(new URL(server.url).port);
}

/** The open sockets of `server` (`cairn_connections` on its `/metrics`, read from loopback). */
async function connectionsOn(server: SpawnedServer): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^cairn_connections (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
}

describe('several Cairn processes on PostgreSQL and Redis', () => {
  it('shares a board live between people on different processes, and both store it', async () => {
    const [a, b] = await startPair();
    const { boardId, onA, onB } = await openOnBoth(a, b, 'Shared across processes');

    for (let i = 0; i < 20; i++) {
      addItem(onA.doc, { title: `from A ${i}` }, asUser('ana'));
      addItem(onB.doc, { title: `from B ${i}` }, asUser('ben'));
    }
    await Promise.all(
      [onA, onB].map((client) =>
        waitFor(
          'both people see 40 items',
          client.doc,
          'update',
          () => titlesOf(client).length === 40,
        ),
      ),
    );
    expect(titlesOf(onA)).toEqual(titlesOf(onB));
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);

    // Presence too: B sees where A's person is.
    onA.provider.setAwarenessField('cursor', { x: 12, y: 34 });
    await waitFor('B sees A’s cursor', onB.provider.awareness as never, 'change', () =>
      [...(onB.provider.awareness?.getStates().values() ?? [])].some(
        (state) => (state['cursor'] as { x?: number } | undefined)?.x === 12,
      ),
    );

    // A REST write on one process reaches the live person on the other.
    await api(b.url, b.adminToken, 'POST', `/api/boards/${boardId}/items`, {
      title: 'by REST on B',
    });
    await waitFor('A sees the REST write on B', onA.doc, 'update', () =>
      titlesOf(onA).includes('by REST on B'),
    );

    onA.destroy();
    onB.destroy();
    // Unloaded everywhere, then read back from PostgreSQL by either process.
    const expected = [...titlesOf(onA)].sort();
    expect((await storedTitles(a.url, a.adminToken, boardId)).sort()).toEqual(expected);
    expect((await storedTitles(b.url, b.adminToken, boardId)).sort()).toEqual(expected);
  });

  it('wakes a board asleep on both processes for an edit made on one of them', async () => {
    const [a, b] = await startPair(redis.url, { CAIRN_HIBERNATE_AFTER_MS: '200' });
    const { boardId, onA, onB } = await openOnBoth(a, b, 'Asleep on two processes');
    for (let i = 0; i < 5; i++) addItem(onA.doc, { title: `before the nap ${i}` }, asUser('ana'));
    await waitFor('B sees A’s items', onB.doc, 'update', () => titlesOf(onB).length === 5);
    await onA.acknowledged();

    await Promise.all([untilAsleep(a), untilAsleep(b)]);
    addItem(onB.doc, { title: 'while both slept' }, asUser('ben'));
    await waitFor('A sees B’s edit', onA.doc, 'update', () =>
      titlesOf(onA).includes('while both slept'),
    );
    await onB.acknowledged();
    expect(titlesOf(onA)).toEqual(titlesOf(onB));
    expect(titlesOf(onA)).toHaveLength(6);
    expect((await storedTitles(a.url, a.adminToken, boardId)).sort()).toEqual(titlesOf(onA));
  });

  it('closes a revoked token’s socket on the other process at once', async () => {
    const [a, b] = await startPair();
    const created = await api<{ id: string }>(a.url, a.adminToken, 'POST', '/api/boards', {
      title: 'Revocation everywhere',
      kind: 'roadmap',
    });
    const token = await api<{ id: string; token: string }>(
      a.url,
      a.adminToken,
      'POST',
      '/api/tokens',
      {
        name: 'Short-lived',
        role: 'editor',
      },
    );
    const onB = connectProvider(b.wsUrl, created.body.id, token.body.token);
    cleanups.push(() => onB.destroy());
    await onB.synced();
    const closed = onB.closed();
    await api(a.url, a.adminToken, 'DELETE', `/api/tokens/${token.body.id}`);
    expect(await closed).toBe('unauthorized');
  });

  it('keeps serving while Redis is away, and shares boards again once it is back', async () => {
    const own = await startRedis();
    cleanups.push(() => own.stop());
    const [a, b] = await startPair(own.url);
    await own.stop();

    // Redis is down: a board is made, opened and edited on A, durably.
    const created = await api<{ id: string }>(a.url, a.adminToken, 'POST', '/api/boards', {
      title: 'Made while Redis was away',
      kind: 'roadmap',
    });
    expect(created.status).toBe(201);
    const boardId = created.body.id;
    const onA = connectProvider(a.wsUrl, boardId, a.adminToken);
    cleanups.push(() => onA.destroy());
    await onA.synced();
    addItem(onA.doc, { title: 'while Redis was away' }, asUser('ana'));
    await onA.acknowledged();

    // Redis is back where it was: B opens the board from storage, and live edits flow again.
    const back = await startRedis(Number(new URL(own.url).port));
    cleanups.push(() => back.stop());
    const onB = connectProvider(b.wsUrl, boardId, b.adminToken);
    cleanups.push(() => onB.destroy());
    await onB.synced();
    expect(titlesOf(onB)).toEqual(['while Redis was away']);
    // A's board joins the others once its Redis connection is back (ioredis reconnects on its
    // own schedule): A keeps editing, at most 100 times, until one of its edits reaches B.
    const sent: string[] = [];
    const ticker = setInterval(() => {
      if (sent.length >= 100) return;
      const title = `after Redis came back ${sent.length}`;
      sent.push(title);
      addItem(onA.doc, { title }, asUser('ana'));
    }, 200);
    cleanups.push(() => clearInterval(ticker));
    await waitFor(
      'an edit on A reaches B after Redis is back',
      onB.doc,
      'update',
      () => titlesOf(onB).some((title) => sent.includes(title)),
      25_000,
    );
  });

  it('loses nothing acknowledged when one process behind deploy/nginx.conf is killed: its people reconnect to the other', async () => {
    const [a, b] = await startPair();
    const balancer = await startNginx([portOf(a), portOf(b)]);
    cleanups.push(() => balancer.stop());
    const wsUrl = `${balancer.url.replace('http:', 'ws:')}/collab`;
    const created = await api<{ id: string }>(balancer.url, a.adminToken, 'POST', '/api/boards', {
      title: 'Survives a dead process',
      kind: 'roadmap',
    });
    expect(created.status).toBe(201);
    const boardId = created.body.id;
    const edits = new AcknowledgedEdits();
    // As from the app's own pages: the balancer's address is the origin, so the socket is
    // same-origin only if nginx passes the Host header on.
    const clients = Array.from({ length: 4 }, () =>
      connectProvider(wsUrl, boardId, b.adminToken, { headers: { origin: balancer.url } }),
    );
    cleanups.push(() => clients.forEach((client) => client.destroy()));
    await Promise.all(clients.map((client) => client.synced()));
    // Round robin, no sticky sessions: two people on each process.
    expect([await connectionsOn(a), await connectionsOn(b)]).toEqual([2, 2]);
    clients.forEach((client) => edits.follow(client));

    const edit = (round: number): void => {
      clients.forEach((client, person) => {
        const title = `round ${round} person ${person}`;
        addItem(client.doc, { title }, asUser(`person-${person}`));
        edits.sentBySocket(client, title);
      });
    };
    for (let round = 0; round < 10; round++) edit(round);
    await Promise.all(clients.map((client) => client.acknowledged()));
    for (let round = 10; round < 15; round++) edit(round);
    await a.stop('SIGKILL');
    // Everyone keeps editing; those who were on A reconnect through the balancer to B.
    for (let round = 15; round < 25; round++) edit(round);
    await Promise.all(clients.map((client) => client.acknowledged()));
    await Promise.all(
      clients.map((client) =>
        waitFor(
          'every person sees 100 items',
          client.doc,
          'update',
          () => titlesOf(client).length === 100,
        ),
      ),
    );
    const final = titlesOf(clients[0] as TestClient);
    for (const client of clients) expect(titlesOf(client)).toEqual(final);

    clients.forEach((client) => client.destroy());
    const stored = new Set(await storedTitles(b.url, b.adminToken, boardId));
    const lost = [...edits.acknowledged].filter((title) => !stored.has(title));
    expect(lost).toEqual([]);
    expect(edits.acknowledged.size).toBe(100);
  });
});
