import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { api, apiAs } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';
import {
  closedPort,
  startWebhookReceiver,
  type ReceivedRequest,
  type WebhookReceiver,
} from '../support/webhookReceiver.js';

/** Short retries, so a test sees several attempts in well under a second. */
const FAST_RETRIES = {
  CAIRN_WEBHOOK_ALLOW_PRIVATE: '1',
  CAIRN_WEBHOOK_RETRY_DELAYS_MS: '50,50,50,50',
};
const SECRET = 'test-secret-0123456789abcdef';

interface Payload {
  id: string;
  type: string;
  boardId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

interface DeliveryJson {
  id: string;
  type: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}

/** What a receiver does with `Cairn-Signature`, written here from the spec, not the server. */
function signatureHolds(secret: string, body: string, header: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, t, given] = match as unknown as [string, string, string];
  if (Math.abs(Date.now() / 1000 - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex'));
}

async function receiver(port?: number): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(port);
  onTestFinished(() => started.close());
  return started;
}

async function roadmap(server: TestServer, token: string, title = 'Hooked'): Promise<string> {
  const board = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  expect(board.status).toBe(201);
  return board.body.id;
}

async function hook(
  server: TestServer,
  token: string,
  boardId: string,
  url: string,
  events: string[],
  secret: string | null = SECRET,
): Promise<{ id: string; secret: string }> {
  const created = await api<{ id: string; secret: string }>(
    server.url,
    token,
    'POST',
    `/api/boards/${boardId}/webhooks`,
    { url, events, ...(secret === null ? {} : { secret }) },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

function comment(server: TestServer, token: string, boardId: string, body: string) {
  return api<{ id: string }>(server.url, token, 'POST', `/api/boards/${boardId}/comments`, {
    body,
  });
}

function payloadOf(request: ReceivedRequest): Payload {
  return JSON.parse(request.body) as Payload;
}

async function deliveries(
  server: TestServer,
  token: string,
  boardId: string,
  webhookId: string,
): Promise<DeliveryJson[]> {
  const answer = await api<DeliveryJson[]>(
    server.url,
    token,
    'GET',
    `/api/boards/${boardId}/webhooks/${webhookId}/deliveries`,
  );
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('webhooks: signed deliveries', () => {
  it('sends comment.added, signed with the secret, which a tampered body fails', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    const webhook = await hook(server, admin, boardId, receiving.url, ['comment.added']);
    expect(webhook.secret).toBe(SECRET);

    const posted = await comment(server, admin, boardId, 'Ship it <b>now</b> 🚀');
    expect(posted.status).toBe(201);
    await receiving.until('one delivery', () => receiving.received.length === 1);

    const [request] = receiving.received as [ReceivedRequest];
    const payload = payloadOf(request);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['cairn-event']).toBe('comment.added');
    expect(request.headers['cairn-delivery']).toBe(payload.id);
    expect(payload).toMatchObject({
      type: 'comment.added',
      boardId,
      data: {
        boardTitle: 'Hooked',
        commentId: posted.body.id,
        threadId: posted.body.id,
        anchor: null,
        body: 'Ship it <b>now</b> 🚀',
        author: { name: 'admin tester' },
      },
    });
    expect(Date.parse(payload.occurredAt)).not.toBeNaN();

    const signature = String(request.headers['cairn-signature']);
    expect(signatureHolds(SECRET, request.body, signature)).toBe(true);
    expect(signatureHolds(SECRET, request.body.replace('now', 'later'), signature)).toBe(false);
    expect(signatureHolds('another-secret-of-some-length', request.body, signature)).toBe(false);

    await expect
      .poll(async () => (await deliveries(server, admin, boardId, webhook.id))[0])
      .toMatchObject({ id: payload.id, state: 'delivered', attempts: 1, lastStatus: 204 });

    const reply = await api<{ id: string }>(
      server.url,
      admin,
      'POST',
      `/api/boards/${boardId}/comments/${posted.body.id}/replies`,
      { body: 'Agreed' },
    );
    expect(reply.status).toBe(201);
    await receiving.until('the reply', () => receiving.received.length === 2);
    expect(payloadOf(receiving.received[1] as ReceivedRequest)).toMatchObject({
      type: 'comment.added',
      data: { threadId: posted.body.id, commentId: reply.body.id, body: 'Agreed' },
    });
  });

  it('generates a secret when none is given, shows it once, and signs with it', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    const webhook = await hook(server, admin, boardId, receiving.url, ['comment.added'], null);
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const listed = await api<unknown[]>(
      server.url,
      admin,
      'GET',
      `/api/boards/${boardId}/webhooks`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: webhook.id, url: receiving.url, events: ['comment.added'] }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(webhook.secret);

    await comment(server, admin, boardId, 'hello');
    await receiving.until('one delivery', () => receiving.received.length === 1);
    const [request] = receiving.received as [ReceivedRequest];
    expect(
      signatureHolds(webhook.secret, request.body, String(request.headers['cairn-signature'])),
    ).toBe(true);
  });

  it('sends only the events a webhook asked for, to the webhooks of that board', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const otherBoard = await roadmap(server, admin, 'Other');
    const comments = await receiver();
    const items = await receiver();
    await hook(server, admin, boardId, comments.url, ['comment.added']);
    await hook(server, admin, boardId, items.url, ['item.created']);
    await hook(server, admin, otherBoard, items.url, ['comment.added']);

    await comment(server, admin, boardId, 'to the comments hook only');
    await comments.until('the comment', () => comments.received.length === 1);
    // A marker on the other board proves the items hook had its chance to receive.
    await comment(server, admin, otherBoard, 'marker');
    await items.until('the marker', () => items.received.length === 1);
    expect(payloadOf(items.received[0] as ReceivedRequest).boardId).toBe(otherBoard);
  });
});

describe('webhooks: item events', () => {
  const ITEM_EVENTS = ['item.created', 'item.moved', 'item.status_changed', 'item.deleted'];

  it('reports items created, moved, changed in status and deleted over REST', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    await hook(server, admin, boardId, receiving.url, ITEM_EVENTS);
    const types = () => receiving.received.map((request) => payloadOf(request).type);

    const item = await api<{ id: string; lane: string }>(
      server.url,
      admin,
      'POST',
      `/api/boards/${boardId}/items`,
      { title: 'Dark mode', status: 'planned' },
    );
    expect(item.status).toBe(201);
    await receiving.until('item.created', () => types().includes('item.created'));
    expect(payloadOf(receiving.received[0] as ReceivedRequest)).toMatchObject({
      type: 'item.created',
      boardId,
      data: {
        boardTitle: 'Hooked',
        item: { collection: 'items', id: item.body.id, title: 'Dark mode' },
      },
    });

    const patched = await api(
      server.url,
      admin,
      'PATCH',
      `/api/boards/${boardId}/items/${item.body.id}`,
      {
        status: 'in-progress',
        horizon: 'next',
      },
    );
    expect(patched.status).toBe(200);
    await receiving.until('moved and status', () => types().length === 3);
    const later = receiving.received.slice(1).map(payloadOf);
    const byType = new Map(later.map((payload) => [payload.type, payload.data]));
    expect(byType.get('item.status_changed')).toMatchObject({ from: 'planned', to: 'in-progress' });
    expect(byType.get('item.moved')).toMatchObject({
      field: 'horizon',
      from: 'now',
      to: 'next',
      toName: 'Next',
    });

    const deleted = await api(
      server.url,
      admin,
      'DELETE',
      `/api/boards/${boardId}/items/${item.body.id}`,
    );
    expect(deleted.status).toBe(204);
    await receiving.until('item.deleted', () => types().includes('item.deleted'));
    expect(
      new Set(receiving.received.map((request) => request.headers['cairn-delivery'])).size,
    ).toBe(4);
    for (const request of receiving.received) {
      expect(signatureHolds(SECRET, request.body, String(request.headers['cairn-signature']))).toBe(
        true,
      );
    }
  });

  it('reports an item a person adds live through the provider', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const client = connectProvider(server.wsUrl, boardId, admin);
    onTestFinished(() => client.destroy());
    await client.synced();
    // Registered while the board is open: the next live change is reported.
    const receiving = await receiver();
    await hook(server, admin, boardId, receiving.url, ['item.created']);

    const asUser: OperationContext = {
      origin: { kind: 'local-user', userId: 'tester' },
      env: systemEnv,
    };
    addItem(client.doc, { title: 'Typed live' }, asUser);
    await client.acknowledged();
    await receiving.until('item.created', () => receiving.received.length === 1);
    expect(payloadOf(receiving.received[0] as ReceivedRequest)).toMatchObject({
      type: 'item.created',
      data: { item: { title: 'Typed live' } },
    });
  });

  it('sends nothing for lanes and releases, only for items', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    await hook(server, admin, boardId, receiving.url, ITEM_EVENTS);
    const lane = await api(server.url, admin, 'POST', `/api/boards/${boardId}/lanes`, {
      name: 'Growth',
    });
    expect(lane.status).toBe(201);
    const release = await api(server.url, admin, 'POST', `/api/boards/${boardId}/releases`, {
      name: 'v2',
      date: '2027-01-15',
      type: 'release',
    });
    expect(release.status).toBe(201);
    // An item after them: compared in the same or a later round, so it arrives after any
    // event they could have caused.
    const item = await api(server.url, admin, 'POST', `/api/boards/${boardId}/items`, {
      title: 'After the lane and release',
    });
    expect(item.status).toBe(201);
    await receiving.until('the item', () => receiving.received.length >= 1);
    expect(receiving.received.map((request) => payloadOf(request).type)).toEqual(['item.created']);
  });
});

describe('webhooks: retries', () => {
  it('retries a receiver that fails twice: three attempts, one delivery id', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    receiving.answer((index) => (index < 2 ? 503 : 200));
    const webhook = await hook(server, admin, boardId, receiving.url, ['comment.added']);

    await comment(server, admin, boardId, 'third time lucky');
    await receiving.until('three attempts', () => receiving.received.length === 3);
    const ids = receiving.received.map((request) => request.headers['cairn-delivery']);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(receiving.received.map((request) => request.body)).size).toBe(1);
    for (const request of receiving.received) {
      expect(signatureHolds(SECRET, request.body, String(request.headers['cairn-signature']))).toBe(
        true,
      );
    }
    await expect
      .poll(async () => (await deliveries(server, admin, boardId, webhook.id))[0])
      .toMatchObject({
        id: ids[0],
        state: 'delivered',
        attempts: 3,
        lastStatus: 200,
        lastError: null,
      });
    expect(receiving.received).toHaveLength(3);
  });

  it('keeps retrying a receiver that is down and delivers once it is up', async () => {
    const server = await useTestServer({
      variables: {
        CAIRN_WEBHOOK_ALLOW_PRIVATE: '1',
        CAIRN_WEBHOOK_RETRY_DELAYS_MS: '100,100,100,100,100,100,100,100,100,100',
      },
    });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const port = await closedPort();
    const webhook = await hook(server, admin, boardId, `http://127.0.0.1:${port}/hooks`, [
      'comment.added',
    ]);

    await comment(server, admin, boardId, 'anyone there?');
    await expect
      .poll(async () => (await deliveries(server, admin, boardId, webhook.id))[0])
      .toMatchObject({ state: 'pending', lastStatus: null });
    const [waiting] = await deliveries(server, admin, boardId, webhook.id);
    expect(waiting?.lastError).toMatch(/ECONNREFUSED/);

    const receiving = await receiver(port);
    await receiving.until('the delivery', () => receiving.received.length === 1);
    await expect
      .poll(async () => (await deliveries(server, admin, boardId, webhook.id))[0])
      .toMatchObject({ state: 'delivered', lastStatus: 204, lastError: null });
  });

  it('gives up after the last retry and says why', async () => {
    const server = await useTestServer({
      variables: { CAIRN_WEBHOOK_ALLOW_PRIVATE: '1', CAIRN_WEBHOOK_RETRY_DELAYS_MS: '20,20' },
    });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const receiving = await receiver();
    receiving.answer(() => 500);
    const webhook = await hook(server, admin, boardId, receiving.url, ['comment.added']);
    await comment(server, admin, boardId, 'never accepted');
    await expect
      .poll(async () => (await deliveries(server, admin, boardId, webhook.id))[0])
      .toMatchObject({ state: 'failed', attempts: 3, lastStatus: 500 });
    expect(receiving.received).toHaveLength(3);
  });

  it('resumes pending deliveries after a restart, with the same delivery id', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-webhooks-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    // Long enough that the first server stops before its retry; the second one makes it.
    const variables = { CAIRN_WEBHOOK_ALLOW_PRIVATE: '1', CAIRN_WEBHOOK_RETRY_DELAYS_MS: '1000' };
    const first = await startTestServer({ dataDir, variables });
    const admin = first.token('admin');
    const boardId = await roadmap(first, admin);
    const port = await closedPort();
    const webhook = await hook(first, admin, boardId, `http://127.0.0.1:${port}/hooks`, [
      'comment.added',
    ]);
    await comment(first, admin, boardId, 'survives a restart');
    let pending: DeliveryJson | undefined;
    await expect
      .poll(async () => (pending = (await deliveries(first, admin, boardId, webhook.id))[0]))
      .toMatchObject({ state: 'pending', attempts: 1 });
    await first.stop();

    const second = await startTestServer({ dataDir, variables });
    onTestFinished(() => second.stop());
    const receiving = await receiver(port);
    await receiving.until('the resumed delivery', () => receiving.received.length === 1);
    const [request] = receiving.received as [ReceivedRequest];
    expect(request.headers['cairn-delivery']).toBe(pending?.id);
    expect(payloadOf(request).data).toMatchObject({ body: 'survives a restart' });
    await expect
      .poll(async () => (await deliveries(second, admin, boardId, webhook.id))[0])
      .toMatchObject({ id: pending?.id, state: 'delivered', attempts: 2 });
  });

  it('does not let a receiver that never answers hold up another board', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const slowBoard = await roadmap(server, admin, 'Slow');
    const fastBoard = await roadmap(server, admin, 'Fast');
    // Accepts connections and requests, never answers (until the test ends).
    const stuck = createServer(() => undefined);
    await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
    onTestFinished(
      () =>
        new Promise<void>((resolve) => {
          stuck.closeAllConnections();
          stuck.close(() => resolve());
        }),
    );
    const stuckPort = (stuck.address() as AddressInfo).port;
    await hook(server, admin, slowBoard, `http://127.0.0.1:${stuckPort}/hooks`, ['comment.added']);
    const receiving = await receiver();
    await hook(server, admin, fastBoard, receiving.url, ['comment.added']);

    for (let n = 0; n < 12; n++) await comment(server, admin, slowBoard, `slow ${n}`);
    const started = Date.now();
    await comment(server, admin, fastBoard, 'fast');
    await receiving.until('the fast board delivery', () => receiving.received.length === 1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('webhooks: who may manage them', () => {
  it('lets only board admins list, create, delete and inspect webhooks', async () => {
    const server = await useTestServer({ variables: FAST_RETRIES });
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const webhook = await hook(server, admin, boardId, 'http://127.0.0.1:9/hooks', [
      'item.created',
    ]);
    const body = { url: 'http://127.0.0.1:9/other', events: ['item.created'] };
    for (const role of ['viewer', 'commenter', 'editor'] as const) {
      const token = server.token(role);
      const paths = [
        ['GET', `/api/boards/${boardId}/webhooks`],
        ['POST', `/api/boards/${boardId}/webhooks`],
        ['DELETE', `/api/boards/${boardId}/webhooks/${webhook.id}`],
        ['GET', `/api/boards/${boardId}/webhooks/${webhook.id}/deliveries`],
      ] as const;
      for (const [method, path] of paths) {
        const answer = await api<{ error: string }>(
          server.url,
          token,
          method,
          path,
          method === 'POST' ? body : undefined,
        );
        expect(answer.status, `${role} ${method} ${path}`).toBe(403);
      }
    }
    const outsider = await server.signUp({ email: 'out@example.com', name: 'Outsider' });
    server.setWorkspaceRole(outsider.userId, null);
    const hidden = await apiAs(
      server.url,
      { cookie: outsider.cookie },
      'GET',
      `/api/boards/${boardId}/webhooks`,
    );
    expect(hidden.status).toBe(404);

    // A board admin by membership, not by workspace role, manages them too.
    const member = await server.signUp({ email: 'member@example.com', name: 'Member' });
    server.setWorkspaceRole(member.userId, null);
    server.addMember(boardId, member.userId, 'admin');
    const listed = await apiAs<unknown[]>(
      server.url,
      { cookie: member.cookie },
      'GET',
      `/api/boards/${boardId}/webhooks`,
    );
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    const deleted = await apiAs(
      server.url,
      { cookie: member.cookie },
      'DELETE',
      `/api/boards/${boardId}/webhooks/${webhook.id}`,
    );
    expect(deleted.status).toBe(204);
    const gone = await api(
      server.url,
      admin,
      'DELETE',
      `/api/boards/${boardId}/webhooks/${webhook.id}`,
    );
    expect(gone.status).toBe(404);
  });

  it('refuses bad addresses and events with 400 and a reason', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const boardId = await roadmap(server, admin);
    const refused = [
      { url: 'ftp://example.com/hook', events: ['item.created'] },
      { url: 'not a url', events: ['item.created'] },
      { url: 'javascript:alert(1)', events: ['item.created'] },
      { url: 'https://user:pass@example.com/hook', events: ['item.created'] },
      { url: 'http://127.0.0.1:8080/hook', events: ['item.created'] },
      { url: 'http://localhost/hook', events: ['item.created'] },
      { url: 'http://[::1]/hook', events: ['item.created'] },
      { url: 'http://10.1.2.3/hook', events: ['item.created'] },
      { url: 'http://192.168.0.10/hook', events: ['item.created'] },
      { url: 'http://169.254.169.254/latest/meta-data', events: ['item.created'] },
      { url: 'http://[::ffff:127.0.0.1]/hook', events: ['item.created'] },
      { url: `https://example.com/${'x'.repeat(2_100)}`, events: ['item.created'] },
      { url: 'https://example.com/hook', events: [] },
      { url: 'https://example.com/hook', events: ['item.exploded'] },
      { url: 'https://example.com/hook', events: ['item.created'], secret: 'short' },
      { url: 'https://example.com/hook', events: ['item.created'], extra: true },
    ];
    for (const body of refused) {
      const answer = await api<{ error: string }>(
        server.url,
        admin,
        'POST',
        `/api/boards/${boardId}/webhooks`,
        body,
      );
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.length).toBeGreaterThan(0);
    }
    const listed = await api<unknown[]>(
      server.url,
      admin,
      'GET',
      `/api/boards/${boardId}/webhooks`,
    );
    expect(listed.body).toEqual([]);
    const accepted = await api(server.url, admin, 'POST', `/api/boards/${boardId}/webhooks`, {
      url: 'https://example.com/hook',
      events: ['item.created', 'comment.added'],
    });
    expect(accepted.status).toBe(201);
  });
});
