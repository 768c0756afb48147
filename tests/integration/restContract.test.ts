import { LIMITS } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { useTestServer } from '../support/useTestServer.js';

interface Board {
  id: string;
  title: string;
  kind: string;
  lanes: { id: string; name: string }[];
  horizons: { id: string; name: string }[];
  items: { id: string; title: string; lane: string; horizon: string; status: string }[];
}

describe('REST v1 contract', () => {
  it('creates, lists, reads, edits, moves and deletes', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');

    const created = await api<{ id: string; title: string; kind: string }>(
      server.url,
      editor,
      'POST',
      '/api/boards',
      {
        title: '  Q3 roadmap ',
        kind: 'roadmap',
        lanes: ['Platform', 'Growth'],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Q3 roadmap', kind: 'roadmap' });
    const id = created.body.id;

    const list = await api<{ id: string; title: string; kind: string }[]>(
      server.url,
      editor,
      'GET',
      '/api/boards',
    );
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id, title: 'Q3 roadmap', kind: 'roadmap' }),
    ]);

    const item = await api<{ id: string; lane: string; horizon: string }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${id}/items`,
      {
        title: 'Single sign-on',
      },
    );
    expect(item.status).toBe(201);
    const board = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(board.status).toBe(200);
    const [platform, growth] = board.body.lanes;
    expect(board.body.lanes.map((lane) => lane.name)).toEqual(['Platform', 'Growth']);
    expect(board.body.horizons.map((horizon) => horizon.name)).toEqual(['Now', 'Next', 'Later']);
    expect(board.body.items).toEqual([
      expect.objectContaining({
        id: item.body.id,
        title: 'Single sign-on',
        lane: platform?.id,
        horizon: 'now',
      }),
    ]);

    const patched = await api(
      server.url,
      editor,
      'PATCH',
      `/api/boards/${id}/items/${item.body.id}`,
      {
        title: 'SSO with SAML',
        status: 'in-progress',
        lane: growth?.id,
        horizon: 'next',
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: 'SSO with SAML',
      status: 'in-progress',
      lane: growth?.id,
      horizon: 'next',
    });

    const renamed = await api(server.url, editor, 'PATCH', `/api/boards/${id}`, {
      title: 'H2 roadmap',
    });
    expect(renamed.body).toMatchObject({ id, title: 'H2 roadmap' });
    const relisted = await api<{ title: string }[]>(server.url, editor, 'GET', '/api/boards');
    expect(relisted.body[0]?.title).toBe('H2 roadmap');

    const deleted = await api(
      server.url,
      editor,
      'DELETE',
      `/api/boards/${id}/items/${item.body.id}`,
    );
    expect(deleted.status).toBe(204);
    const after = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(after.body.items).toEqual([]);
  });

  it('answers 400 (or 404 for unknown targets) with the reason for bad input, never 500', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const board = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'B',
      kind: 'roadmap',
    });
    const items = `/api/boards/${board.body.id}/items`;
    const cases: [method: string, path: string, body: unknown, status: number, reason: RegExp][] = [
      ['POST', '/api/boards', '{"title": "unterminated', 400, /not valid JSON/],
      ['POST', '/api/boards', { title: 'X', kind: 'spreadsheet' }, 400, /kind/],
      ['POST', '/api/boards', { title: '   ', kind: 'roadmap' }, 400, /Title must not be empty/],
      [
        'POST',
        '/api/boards',
        { title: 'x'.repeat(LIMITS.titleLength + 1), kind: 'roadmap' },
        400,
        /limit is 200/,
      ],
      ['POST', '/api/boards', { title: 42, kind: 'roadmap' }, 400, /title/],
      ['POST', '/api/boards', { kind: 'roadmap' }, 400, /title/],
      ['POST', '/api/boards', { title: 'X', kind: 'roadmap', colour: 'red' }, 400, /colour/],
      ['POST', '/api/boards', [1, 2], 400, /body/],
      ['POST', items, { title: '' }, 400, /Title must not be empty/],
      ['POST', items, { title: 'X', status: 'maybe' }, 400, /status/],
      ['POST', items, { title: 'X', tags: 'a,b' }, 400, /tags/],
      ['POST', items, { title: 'X', index: -1 }, 400, /index/],
      ['POST', items, { title: 'X', index: 1.5 }, 400, /index/],
      ['POST', items, { title: 'X', horizon: 'someday' }, 404, /No horizon "someday"/],
      ['PATCH', `${items}/anything`, {}, 400, /at least one field/],
    ];
    for (const [method, path, body, status, reason] of cases) {
      const response = await api<{ error: string }>(server.url, editor, method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(response.body.error).toMatch(reason);
    }
  });

  it('answers 401, 403, 404 and 413 as documented', async () => {
    const server = await useTestServer({ variables: { CAIRN_MAX_BODY_BYTES: '4096' } });
    const editor = server.token('editor');
    const viewer = server.token('viewer');
    const commenter = server.token('commenter');
    const board = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'B',
      kind: 'roadmap',
    });

    expect((await api(server.url, null, 'GET', '/api/boards')).status).toBe(401);
    expect((await api(server.url, 'cairn_not-a-real-token', 'GET', '/api/boards')).status).toBe(
      401,
    );
    expect((await api(server.url, 'garbage', 'GET', '/api/boards')).status).toBe(401);

    for (const token of [viewer, commenter]) {
      expect((await api(server.url, token, 'GET', `/api/boards/${board.body.id}`)).status).toBe(
        200,
      );
      const write = await api<{ error: string }>(
        server.url,
        token,
        'POST',
        `/api/boards/${board.body.id}/items`,
        { title: 'x' },
      );
      expect(write.status).toBe(403);
      expect(write.body.error).toMatch(/editor role/);
      expect(
        (await api(server.url, token, 'POST', '/api/boards', { title: 'x', kind: 'roadmap' }))
          .status,
      ).toBe(403);
    }
    expect((await api(server.url, editor, 'GET', '/api/tokens')).status).toBe(403);

    expect((await api(server.url, editor, 'GET', '/api/boards/doesNotExist123')).status).toBe(404);
    expect(
      (
        await api(server.url, editor, 'PATCH', `/api/boards/${board.body.id}/items/nope`, {
          title: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(server.url, editor, 'DELETE', `/api/boards/${board.body.id}/items/nope`)).status,
    ).toBe(404);
    expect((await api(server.url, editor, 'GET', '/api/unknown')).status).toBe(404);

    const large = await api<{ error: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'x'.repeat(5000),
      kind: 'roadmap',
    });
    expect(large.status).toBe(413);
    expect(large.body.error).toMatch(/larger than 4096 bytes/);
  });

  it('lets admins make tokens that work at once and revoke them', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const made = await api<{ id: string; token: string; role: string }>(
      server.url,
      admin,
      'POST',
      '/api/tokens',
      {
        name: 'Dana (sales)',
        role: 'viewer',
      },
    );
    expect(made.status).toBe(201);
    expect(made.body.role).toBe('viewer');
    expect(await api(server.url, made.body.token, 'GET', '/api/me')).toMatchObject({
      status: 200,
      body: { name: 'Dana (sales)', role: 'viewer' },
    });
    const listed = await api<{ id: string }[]>(server.url, admin, 'GET', '/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(made.body.token);
    expect((await api(server.url, admin, 'DELETE', `/api/tokens/${made.body.id}`)).status).toBe(
      204,
    );
    expect((await api(server.url, made.body.token, 'GET', '/api/me')).status).toBe(401);
  });

  it('hands the browser its configuration: the tldraw licence key, read at run time', async () => {
    const licensed = await useTestServer({ variables: { TLDRAW_LICENSE_KEY: 'tldraw-key-123' } });
    const viewer = licensed.token('viewer');
    expect(await api(licensed.url, viewer, 'GET', '/api/config')).toEqual({
      status: 200,
      body: { tldrawLicenseKey: 'tldraw-key-123' },
    });
    expect((await api(licensed.url, null, 'GET', '/api/config')).status).toBe(401);
    const local = await useTestServer();
    expect((await api(local.url, local.token('viewer'), 'GET', '/api/config')).body).toEqual({
      tldrawLicenseKey: null,
    });
  });
});
