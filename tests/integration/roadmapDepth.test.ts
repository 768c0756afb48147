import { readRoadmap, ROADMAP_LIMITS } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

interface Item {
  id: string;
  title: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  health: string;
  releaseId: string | null;
  dependencies: string[];
  warnings: { dependsOn: string; reason: string }[];
  reach: number | null;
  impact: number | null;
  confidence: number | null;
  effort: number | null;
  value: number | null;
  riceScore: number | null;
  valueEffort: number | null;
}

interface Release {
  id: string;
  name: string;
  date: string | null;
  type: string;
}

interface Board {
  items: Item[];
  releases: Release[];
}

type Server = Awaited<ReturnType<typeof useTestServer>>;

/** A server, an editor token and a new roadmap on it, with calls bound to that board. */
async function roadmap() {
  const server: Server = await useTestServer();
  const token = server.token('editor');
  const created = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
    title: 'Depth',
    kind: 'roadmap',
  });
  const id = created.body.id;
  const call = <T>(method: string, path: string, body?: unknown) =>
    api<T & { error?: string }>(server.url, token, method, `/api/boards/${id}${path}`, body);
  const read = async () => (await call<Board>('GET', '')).body;
  return { server, id, call, read };
}

describe('roadmap depth over REST', () => {
  it('creates and changes items with every plan field, and reads the computed scores', async () => {
    const { call, read } = await roadmap();
    const release = await call<Release>('POST', '/releases', {
      name: 'Summer release',
      date: '2026-06-30',
    });
    expect(release.status).toBe(201);
    expect(release.body).toMatchObject({
      name: 'Summer release',
      date: '2026-06-30',
      type: 'release',
    });

    const base = await call<Item>('POST', '/items', {
      title: 'Data model',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
    });
    const created = await call<Item>('POST', '/items', {
      title: 'Usage billing',
      description: 'Charge per seat.\nThen per call.',
      startDate: '2026-03-15',
      endDate: '2026-05-15',
      health: 'at-risk',
      releaseId: release.body.id,
      dependencies: [base.body.id],
      reach: 2000,
      impact: 2,
      confidence: 50,
      effort: 4,
      value: 8,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      description: 'Charge per seat.\nThen per call.',
      startDate: '2026-03-15',
      endDate: '2026-05-15',
      health: 'at-risk',
      releaseId: release.body.id,
      dependencies: [base.body.id],
      warnings: [{ dependsOn: base.body.id, reason: 'starts-before-dependency-ends' }],
      riceScore: 500,
      valueEffort: 2,
    });

    const patched = await call<Item>('PATCH', `/items/${created.body.id}`, {
      startDate: '2026-04-01',
      health: 'on-track',
      releaseId: null,
      dependencies: [],
      effort: null,
      description: 'Rewritten',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      description: 'Rewritten',
      startDate: '2026-04-01',
      health: 'on-track',
      releaseId: null,
      dependencies: [],
      warnings: [],
      effort: null,
      riceScore: null,
      valueEffort: null,
    });
    const board = await read();
    expect(board.items.find((item) => item.id === created.body.id)).toEqual(patched.body);
  });

  it('adds, changes and deletes releases; items of a deleted release read as in none', async () => {
    const { call, read } = await roadmap();
    const beta = await call<Release>('POST', '/releases', {
      name: 'Beta',
      date: '2026-05-01',
      type: 'milestone',
    });
    const item = await call<Item>('POST', '/items', { title: 'a', releaseId: beta.body.id });
    const changed = await call<Release>('PATCH', `/releases/${beta.body.id}`, {
      name: 'Public beta',
      date: '2026-05-15',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Public beta',
      date: '2026-05-15',
      type: 'milestone',
    });
    expect((await read()).releases.map((release) => release.name)).toEqual(['Public beta']);

    expect((await call('DELETE', `/releases/${beta.body.id}`)).status).toBe(204);
    const board = await read();
    expect(board.releases).toEqual([]);
    expect(board.items.find((entry) => entry.id === item.body.id)?.releaseId).toBeNull();
    expect((await call('DELETE', `/releases/${beta.body.id}`)).status).toBe(404);
    expect((await call('PATCH', `/releases/${beta.body.id}`, { name: 'x' })).status).toBe(404);
  });

  it('shows a release and an item in it, written over REST, to a live client', async () => {
    const { server, id, call } = await roadmap();
    const client = connectProvider(server.wsUrl, id, server.token('viewer'));
    try {
      await client.synced();
      const release = await call<Release>('POST', '/releases', { name: 'GA', date: '2026-09-01' });
      const item = await call<Item>('POST', '/items', { title: 'a', releaseId: release.body.id });
      await waitFor('the release and the item on the live client', client.doc, 'update', () =>
        readRoadmap(client.doc).items.some(
          (entry) => entry.id === item.body.id && entry.releaseId === release.body.id,
        ),
      );
    } finally {
      client.destroy();
    }
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a date in another format', { startDate: '01/03/2026' }, /startDate/],
    ['a date that does not exist', { endDate: '2026-02-30' }, /End date/],
    ['a date that is a number', { startDate: 20260301 }, /startDate/],
    ['an end before the start', { startDate: '2026-03-02', endDate: '2026-03-01' }, /before/],
    ['an unknown health', { health: 'fine' }, /health/],
    ['a negative reach', { reach: -1 }, /reach/],
    ['a fractional reach', { reach: 2.5 }, /reach/],
    ['an impact off the scale', { impact: 1.5 }, /impact/],
    ['a confidence over 100', { confidence: 120 }, /confidence/],
    ['zero effort', { effort: 0 }, /effort/],
    ['effort over the limit', { effort: ROADMAP_LIMITS.maxEffort + 1 }, /effort/],
    ['a value of 11', { value: 11 }, /value/],
    ['a value that is text', { value: 'high' }, /value/],
    ['dependencies that are not a list', { dependencies: 'abc' }, /dependencies/],
    ['a release id that is a number', { releaseId: 5 }, /releaseId/],
    [
      'too many dependencies',
      {
        dependencies: Array.from(
          { length: ROADMAP_LIMITS.dependenciesPerItem + 1 },
          (_, i) => `d${i}`,
        ),
      },
      /dependencies/,
    ],
    ['an unknown field', { priority: 1 }, /priority/],
  ])('refuses %s with a 400 and the reason', async (_, fields, reason) => {
    const { call, read } = await roadmap();
    const existing = await call<Item>('POST', '/items', { title: 'existing' });
    const posted = await call('POST', '/items', { title: 'new', ...fields });
    expect(posted.status).toBe(400);
    expect(posted.body.error).toMatch(reason);
    const patched = await call('PATCH', `/items/${existing.body.id}`, fields);
    expect(patched.status).toBe(400);
    expect(patched.body.error).toMatch(reason);
    expect((await read()).items.map((item) => item.title)).toEqual(['existing']);
  });

  it('refuses self-dependencies and cycles with a 400, unknown dependencies and releases with a 404', async () => {
    const { call } = await roadmap();
    const a = await call<Item>('POST', '/items', { title: 'a' });
    const b = await call<Item>('POST', '/items', { title: 'b', dependencies: [a.body.id] });
    const self = await call('PATCH', `/items/${a.body.id}`, { dependencies: [a.body.id] });
    expect(self.status).toBe(400);
    expect(self.body.error).toMatch(/itself/);
    const cycle = await call('PATCH', `/items/${a.body.id}`, { dependencies: [b.body.id] });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error).toMatch(/cycle/);
    const unknown = await call('POST', '/items', {
      title: 'c',
      dependencies: ['NoSuchItem000000'],
    });
    expect(unknown.status).toBe(404);
    const release = await call('PATCH', `/items/${a.body.id}`, { releaseId: 'NoSuchRelease000' });
    expect(release.status).toBe(404);
    expect(release.body.error).toMatch(/release/);
  });

  it.each<[string, string, string, unknown, RegExp]>([
    ['a release without a date', 'POST', '/releases', { name: 'v1' }, /date/],
    ['a release with a blank name', 'POST', '/releases', { name: ' ', date: '2026-05-01' }, /name/],
    [
      'a release with an over-long name',
      'POST',
      '/releases',
      { name: 'x'.repeat(ROADMAP_LIMITS.releaseNameLength + 1), date: '2026-05-01' },
      /name/,
    ],
    [
      'a release date that does not exist',
      'POST',
      '/releases',
      { name: 'v1', date: '2026-13-01' },
      /date/,
    ],
    [
      'a release of an unknown type',
      'POST',
      '/releases',
      { name: 'v1', date: '2026-05-01', type: 'beta' },
      /type/,
    ],
    [
      'a release with an unknown field',
      'POST',
      '/releases',
      { name: 'v1', date: '2026-05-01', owner: 'x' },
      /owner/,
    ],
    ['a release that is not JSON', 'POST', '/releases', '{', /JSON/],
    ['an empty release patch', 'PATCH', '/releases/R', {}, /at least one field/],
  ])('refuses %s with a 400 and the reason', async (_, method, path, body, reason) => {
    const { call, read } = await roadmap();
    const existing = await call<Release>('POST', '/releases', { name: 'keep', date: '2026-05-01' });
    const response = await call(method, path.replace('/R', `/${existing.body.id}`), body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(reason);
    expect((await read()).releases.map((release) => release.name)).toEqual(['keep']);
  });

  it('refuses releases on boards of other kinds, and to viewers', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const launch = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'Launch',
      kind: 'launch',
    });
    const onLaunch = await api<{ error: string }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${launch.body.id}/releases`,
      { name: 'v1', date: '2026-05-01' },
    );
    expect(onLaunch.status).toBe(400);
    expect(onLaunch.body.error).toMatch(/Only roadmaps/);
    const byViewer = await api(
      server.url,
      server.token('viewer'),
      'POST',
      `/api/boards/${launch.body.id}/releases`,
      { name: 'v1', date: '2026-05-01' },
    );
    expect(byViewer.status).toBe(403);
  });
});
