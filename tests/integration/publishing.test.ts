import type { TestServer } from '@cairn/server/testing';
import { describe, expect, it } from 'vitest';
import { api, apiAs } from '../support/api.js';
import { useTestServer } from '../support/useTestServer.js';
import { xssPayloads } from '../support/xssPayloads.js';

const ALL_FIELDS = ['description', 'owner', 'status', 'dates', 'scores', 'tags', 'health', 'links'];

/** Values that appear nowhere else in a board, so finding one in a response means a leak. */
const MARKS = {
  description: 'Internal note: the margin on this is awful',
  owner: 'Olivia Hiddenowner',
  tag: 'tag-confidential-7731',
  startDate: '2031-02-03',
  endDate: '2031-03-04',
  releaseDate: '2031-04-05',
  reach: 987_654,
  value: 9,
};

interface CreatedPublication {
  id: string;
  label: string;
  hidden: string[];
  secret: string;
  url: string;
}

/** A roadmap with an item carrying every field, a dependency and a release. */
async function plannedRoadmap(server: TestServer, token: string) {
  const board = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
    title: 'Public plan',
    kind: 'roadmap',
  });
  const boardId = board.body.id;
  const release = await api<{ id: string }>(
    server.url,
    token,
    'POST',
    `/api/boards/${boardId}/releases`,
    {
      name: 'Spring launch',
      date: MARKS.releaseDate,
      type: 'release',
    },
  );
  expect(release.status).toBe(201);
  const base = await api<{ id: string }>(
    server.url,
    token,
    'POST',
    `/api/boards/${boardId}/items`,
    {
      title: 'Foundations',
    },
  );
  const item = await api<{ id: string }>(
    server.url,
    token,
    'POST',
    `/api/boards/${boardId}/items`,
    {
      title: 'Dark mode',
      description: MARKS.description,
      owner: MARKS.owner,
      status: 'cancelled',
      tags: [MARKS.tag],
      startDate: MARKS.startDate,
      endDate: MARKS.endDate,
      health: 'off-track',
      reach: MARKS.reach,
      impact: 2,
      confidence: 80,
      effort: 3,
      value: MARKS.value,
      releaseId: release.body.id,
      dependencies: [base.body.id],
      horizon: 'next',
    },
  );
  expect(item.status, JSON.stringify(item.body)).toBe(201);
  return { boardId, itemId: item.body.id, baseId: base.body.id, releaseId: release.body.id };
}

async function publish(server: TestServer, token: string, boardId: string, body: object = {}) {
  const created = await api<CreatedPublication>(
    server.url,
    token,
    'POST',
    `/api/boards/${boardId}/publications`,
    body,
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** The published view as anyone fetches it: no credentials, the raw text and headers. */
async function fetchPublished(server: TestServer, secret: string) {
  const response = await fetch(`${server.url}/api/published/${encodeURIComponent(secret)}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('published roadmaps', () => {
  it('shows the roadmap to anyone with the address, without notes or owners by default', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const { boardId, itemId, releaseId } = await plannedRoadmap(server, editor);
    const publication = await publish(server, editor, boardId, { label: 'For customers' });
    expect(publication.secret).toMatch(/^cairnpub_[A-Za-z0-9_-]{43}$/);
    expect(publication.url).toBe(`/p/${publication.secret}`);
    expect(publication.hidden).toEqual(['description', 'owner']);

    const published = await fetchPublished(server, publication.secret);
    expect(published.status).toBe(200);
    expect(published.headers.get('cache-control')).toBe('no-store');
    expect(published.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(published.text).not.toContain(MARKS.description);
    expect(published.text).not.toContain(MARKS.owner);
    const view = JSON.parse(published.text) as Record<string, unknown>;
    expect(view).toMatchObject({
      kind: 'roadmap',
      title: 'Public plan',
      label: 'For customers',
      hidden: ['description', 'owner'],
      horizons: [
        { id: 'now', name: 'Now' },
        { id: 'next', name: 'Next' },
        { id: 'later', name: 'Later' },
      ],
      releases: [
        { id: releaseId, name: 'Spring launch', type: 'release', date: MARKS.releaseDate },
      ],
    });
    const items = view.items as Record<string, unknown>[];
    const darkMode = items.find((item) => item.id === itemId);
    expect(darkMode).toMatchObject({
      title: 'Dark mode',
      horizon: 'next',
      status: 'cancelled',
      tags: [MARKS.tag],
      startDate: MARKS.startDate,
      health: 'off-track',
      reach: MARKS.reach,
      releaseId,
    });
    expect(darkMode).not.toHaveProperty('description');
    expect(darkMode).not.toHaveProperty('owner');
    // Nothing internal: no timestamps of items, no order keys, no cross-board links.
    expect(darkMode).not.toHaveProperty('createdAt');
    expect(darkMode).not.toHaveProperty('order');
    expect(darkMode).not.toHaveProperty('links');

    // The list shows it, never with its secret.
    const listed = await api<unknown[]>(
      server.url,
      editor,
      'GET',
      `/api/boards/${boardId}/publications`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: publication.id, label: 'For customers', revokedAt: null }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(publication.secret);
  });

  it('hides every field group it is asked to, in the raw answer', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const { boardId } = await plannedRoadmap(server, editor);
    const publication = await publish(server, editor, boardId, { hidden: ALL_FIELDS });
    expect(publication.hidden).toEqual(ALL_FIELDS);
    const published = await fetchPublished(server, publication.secret);
    expect(published.status).toBe(200);
    for (const mark of [
      MARKS.description,
      MARKS.owner,
      MARKS.tag,
      MARKS.startDate,
      MARKS.endDate,
      MARKS.releaseDate,
      String(MARKS.reach),
      'cancelled',
      'off-track',
      '"dependencies"',
      '"riceScore"',
      '"valueEffort"',
      '"effort"',
    ]) {
      expect(published.text, mark).not.toContain(mark);
    }
    const view = JSON.parse(published.text) as { items: Record<string, unknown>[] };
    for (const item of view.items) {
      expect(Object.keys(item).sort()).toEqual(['horizon', 'id', 'lane', 'releaseId', 'title']);
    }
  });

  it('applies a change of hidden fields at once, and a revoke answers 404 at once', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const { boardId } = await plannedRoadmap(server, editor);
    const publication = await publish(server, editor, boardId);
    const path = `/api/boards/${boardId}/publications/${publication.id}`;

    const shown = await api<{ hidden: string[] }>(server.url, editor, 'PATCH', path, {
      hidden: ['description', 'tags', 'description'],
    });
    expect(shown.status).toBe(200);
    expect(shown.body.hidden).toEqual(['description', 'tags']);
    let published = await fetchPublished(server, publication.secret);
    expect(published.text).toContain(MARKS.owner);
    expect(published.text).not.toContain(MARKS.tag);

    const revoked = await api(server.url, editor, 'DELETE', path);
    expect(revoked.status).toBe(204);
    published = await fetchPublished(server, publication.secret);
    expect(published.status).toBe(404);
    expect(published.headers.get('cache-control')).toBe('no-store');
    expect(published.text).not.toContain('Public plan');
    const patchRevoked = await api(server.url, editor, 'PATCH', path, { label: 'again' });
    expect(patchRevoked.status).toBe(409);
    const listed = await api<{ revokedAt: number | null }[]>(
      server.url,
      editor,
      'GET',
      `/api/boards/${boardId}/publications`,
    );
    expect(listed.body[0]?.revokedAt).toEqual(expect.any(Number));

    for (const secret of [
      'nothing',
      'cairnpub_unknown',
      `${publication.secret}x`,
      server.token('admin'),
    ]) {
      expect((await fetchPublished(server, secret)).status).toBe(404);
    }
  });

  it('lets editors and admins publish, and nobody else', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const { boardId } = await plannedRoadmap(server, admin);
    for (const role of ['viewer', 'commenter'] as const) {
      const token = server.token(role);
      expect(
        (await api(server.url, token, 'GET', `/api/boards/${boardId}/publications`)).status,
      ).toBe(403);
      expect(
        (await api(server.url, token, 'POST', `/api/boards/${boardId}/publications`, {})).status,
      ).toBe(403);
    }
    const publication = await publish(server, admin, boardId);
    const viewer = server.token('viewer');
    const path = `/api/boards/${boardId}/publications/${publication.id}`;
    expect((await api(server.url, viewer, 'DELETE', path)).status).toBe(403);
    expect((await api(server.url, viewer, 'PATCH', path, { label: 'x' })).status).toBe(403);

    const outsider = await server.signUp({ email: 'outsider@example.com', name: 'Outsider' });
    const hidden = await apiAs(
      server.url,
      { cookie: outsider.cookie },
      'POST',
      `/api/boards/${boardId}/publications`,
      {},
    );
    expect(hidden.status).toBe(404);
    // The outsider can still read the published view: that is what publishing is for.
    expect((await fetchPublished(server, publication.secret)).status).toBe(200);
  });

  it('publishes a launch plan, its dates and readiness hidden with dates and status', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const board = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'Launch of v2',
      kind: 'launch',
      launchDate: '2031-06-10',
      tier: 'tier-1',
      template: 'empty',
    });
    expect(board.status).toBe(201);
    const task = await api<{ id: string }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${board.body.id}/items`,
      {
        title: 'Press release',
        owner: MARKS.owner,
        description: MARKS.description,
        status: 'blocked',
        offsetDays: -14,
      },
    );
    expect(task.status, JSON.stringify(task.body)).toBe(201);

    const open = await publish(server, editor, board.body.id);
    let published = await fetchPublished(server, open.secret);
    expect(published.status).toBe(200);
    expect(published.text).not.toContain(MARKS.owner);
    expect(published.text).not.toContain(MARKS.description);
    expect(JSON.parse(published.text)).toMatchObject({
      kind: 'launch',
      title: 'Launch of v2',
      tier: 'tier-1',
      launchDate: '2031-06-10',
      readiness: { done: 0, total: 1, percent: 0 },
      items: [
        {
          id: task.body.id,
          title: 'Press release',
          status: 'blocked',
          dueDate: '2031-05-27',
          offsetLabel: 'T-14d',
        },
      ],
    });

    const closed = await publish(server, editor, board.body.id, { hidden: ['dates', 'status'] });
    published = await fetchPublished(server, closed.secret);
    for (const mark of [
      '2031-06-10',
      '2031-05-27',
      'T-14d',
      'blocked',
      '"readiness"',
      '"percent"',
    ]) {
      expect(published.text, mark).not.toContain(mark);
    }
    expect(published.text).toContain(MARKS.owner);
  });

  it('refuses other kinds of board and bad bodies with 400', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const { boardId } = await plannedRoadmap(server, editor);
    const strategy = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'Strategy',
      kind: 'strategy',
    });
    const refused = await api<{ error: string }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${strategy.body.id}/publications`,
      {},
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/roadmap/);
    for (const body of [
      { hidden: ['salary'] },
      { hidden: 'owner' },
      { label: '' },
      { label: 'x'.repeat(101) },
      { extra: 1 },
    ]) {
      const answer = await api(
        server.url,
        editor,
        'POST',
        `/api/boards/${boardId}/publications`,
        body,
      );
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    const malformed = await apiAs(
      server.url,
      { bearer: editor },
      'POST',
      `/api/boards/${boardId}/publications`,
      '{',
    );
    expect(malformed.status).toBe(400);
  });

  it('publishes hostile and naughty titles as they are, as JSON text', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const { boardId } = await plannedRoadmap(server, editor);
    const titles = xssPayloads(150);
    for (const title of titles) {
      const item = await api(server.url, editor, 'POST', `/api/boards/${boardId}/items`, { title });
      expect(item.status, JSON.stringify(title)).toBe(201);
    }
    const publication = await publish(server, editor, boardId);
    const published = await fetchPublished(server, publication.secret);
    expect(published.headers.get('content-type')).toMatch(/^application\/json/);
    const view = JSON.parse(published.text) as { items: { title: string }[] };
    const shown = new Set(view.items.map((item) => item.title));
    expect(titles.filter((title) => !shown.has(title))).toEqual([]);
  });
});
