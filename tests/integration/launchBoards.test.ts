import {
  addCalendarDays,
  addTask,
  GO_TO_MARKET_TASKS,
  LAUNCH_LIMITS,
  readLaunch,
  setLaunchDate,
  systemEnv,
  updateTask,
  type LaunchItemView,
  type LaunchView,
  type OperationContext,
} from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

type Board = LaunchView & { id: string };

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

async function createLaunch(url: string, token: string, body: Record<string, unknown> = {}) {
  const created = await api<{ id: string; kind: string; error?: string }>(
    url,
    token,
    'POST',
    '/api/boards',
    { kind: 'launch', title: 'Atlas 2.0 launch', ...body },
  );
  return created;
}

async function getBoard(url: string, token: string, id: string): Promise<Board> {
  const response = await api<Board>(url, token, 'GET', `/api/boards/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

describe('launch boards over REST', () => {
  it('creates a plan from the go-to-market template, with due dates relative to launch day', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const created = await createLaunch(server.url, editor, {
      launchDate: '2027-03-12',
      tier: 'tier-1',
    });
    expect(created.status).toBe(201);
    expect(created.body.kind).toBe('launch');
    const board = await getBoard(server.url, server.token('viewer'), created.body.id);
    expect(board).toMatchObject({
      id: created.body.id,
      kind: 'launch',
      title: 'Atlas 2.0 launch',
      launchDate: '2027-03-12',
      tier: 'tier-1',
      readiness: { done: 0, total: GO_TO_MARKET_TASKS.length, percent: 0 },
    });
    expect(board.tracks.map((track) => track.id)).toEqual([
      'product',
      'engineering',
      'marketing',
      'sales',
      'support',
      'press',
    ]);
    expect(board.items).toHaveLength(GO_TO_MARKET_TASKS.length);
    for (const task of board.items) {
      expect(task.dueDate).toBe(addCalendarDays('2027-03-12', task.offsetDays));
      expect(typeof task.id).toBe('string');
    }
    expect(board.items.find((task) => task.title === 'Press and analyst briefings')).toMatchObject({
      track: 'press',
      offsetLabel: 'T-7d',
      dueDate: '2027-03-05',
    });
  });

  it('creates an empty plan, then adds, changes and deletes tasks', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const created = await createLaunch(server.url, editor, {
      launchDate: '2027-12-20',
      template: 'empty',
    });
    const id = created.body.id;
    expect((await getBoard(server.url, editor, id)).items).toEqual([]);

    const added = await api<LaunchItemView>(server.url, editor, 'POST', `/api/boards/${id}/items`, {
      title: 'Holiday campaign',
      track: 'marketing',
      offsetDays: 14,
      owner: 'Priya',
      status: 'in-progress',
      description: 'Banner\nNewsletter',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      title: 'Holiday campaign',
      track: 'marketing',
      offsetDays: 14,
      offsetLabel: 'T+14d',
      dueDate: '2028-01-03',
      owner: 'Priya',
      status: 'in-progress',
      description: 'Banner\nNewsletter',
    });

    const patched = await api<LaunchItemView>(
      server.url,
      editor,
      'PATCH',
      `/api/boards/${id}/items/${added.body.id}`,
      { status: 'done', offsetDays: -3, track: 'sales' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: 'done',
      track: 'sales',
      offsetLabel: 'T-3d',
      dueDate: '2027-12-17',
      owner: 'Priya',
    });
    const board = await getBoard(server.url, editor, id);
    expect(board.readiness).toEqual({ done: 1, total: 1, percent: 100 });
    expect(board.tracks.find((track) => track.id === 'sales')?.readiness.percent).toBe(100);

    const deleted = await api(
      server.url,
      editor,
      'DELETE',
      `/api/boards/${id}/items/${added.body.id}`,
    );
    expect(deleted.status).toBe(204);
    expect((await getBoard(server.url, editor, id)).items).toEqual([]);
  });

  it.each([
    [
      'a launch date that is not a real date',
      { launchDate: '2027-02-30' },
      /not a real calendar date/,
    ],
    ['a launch date in another format', { launchDate: '03/12/2027' }, /YYYY-MM-DD/],
    ['a launch date that is a number', { launchDate: 20270312 }, /launchDate/],
    ['an unknown tier', { tier: 'tier-0' }, /tier/],
    ['an unknown template', { template: 'webinar' }, /template/],
    ['an unknown field', { lanes: ['Design'] }, /lanes/],
    ['a blank title', { title: '   ' }, /Title/],
  ])('refuses to create a board with %s (400 with the reason)', async (_, body, reason) => {
    const server = await useTestServer();
    const response = await createLaunch(server.url, server.token('editor'), body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(reason);
  });

  it('refuses every bad task body with a 400 or 404 and the reason, and changes nothing', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = (await createLaunch(server.url, editor, { template: 'empty' })).body.id;
    const task = await api<LaunchItemView>(server.url, editor, 'POST', `/api/boards/${id}/items`, {
      title: 'Pitch deck',
      track: 'sales',
    });
    const before = await getBoard(server.url, editor, id);
    const cases: [string, string, unknown, number, RegExp][] = [
      ['POST', '', { track: 'sales' }, 400, /title/],
      ['POST', '', { title: '' }, 400, /Title must not be empty/],
      ['POST', '', { title: 'x'.repeat(LAUNCH_LIMITS.titleLength + 1) }, 400, /limit is 200/],
      ['POST', '', { title: 'a', offsetDays: 1.5 }, 400, /offsetDays/],
      ['POST', '', { title: 'a', offsetDays: '-14' }, 400, /offsetDays/],
      ['POST', '', { title: 'a', offsetDays: LAUNCH_LIMITS.maxOffsetDays + 1 }, 400, /offsetDays/],
      ['POST', '', { title: 'a', offsetDays: -100_000 }, 400, /offsetDays/],
      ['POST', '', { title: 'a', status: 'waiting' }, 400, /status/],
      ['POST', '', { title: 'a', owner: 'x'.repeat(LAUNCH_LIMITS.ownerLength + 1) }, 400, /Owner/],
      ['POST', '', { title: 'a', track: 'legal' }, 404, /No track "legal"/],
      ['POST', '', { title: 'a', lane: 'x' }, 400, /lane/],
      ['POST', '', '[1, 2', 400, /not valid JSON/],
      ['POST', '', ['a'], 400, /body/],
      ['PATCH', `/${task.body.id}`, {}, 400, /at least one field/],
      ['PATCH', `/${task.body.id}`, { title: ' ' }, 400, /Title/],
      ['PATCH', `/${task.body.id}`, { offsetDays: null }, 400, /offsetDays/],
      ['PATCH', `/${task.body.id}`, { track: 'legal' }, 404, /No track/],
      ['PATCH', `/${task.body.id}`, { title: 'ok', track: 'legal' }, 404, /No track/],
      ['PATCH', '/no-such-task', { title: 'a' }, 404, /No task/],
      ['DELETE', '/no-such-task', undefined, 404, /No item/],
    ];
    for (const [method, suffix, body, status, reason] of cases) {
      const response = await api<{ error: string }>(
        server.url,
        editor,
        method,
        `/api/boards/${id}/items${suffix}`,
        body,
      );
      expect(response.status, `${method} ${JSON.stringify(body)}`).toBe(status);
      expect(response.body.error, `${method} ${JSON.stringify(body)}`).toMatch(reason);
    }
    expect(await getBoard(server.url, editor, id)).toEqual({
      ...before,
      updatedAt: expect.any(Number) as number,
    });
  });

  it('stores every naughty string as a task and board title exactly, or refuses it with a 400', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = (await createLaunch(server.url, editor, { template: 'empty' })).body.id;
    const expected = new Map<string, string>();
    for (const raw of naughtyStrings()) {
      const trimmed = raw.trim();
      const valid = trimmed.length > 0 && [...trimmed].length <= LAUNCH_LIMITS.titleLength;
      const response = await api<LaunchItemView & { error?: string }>(
        server.url,
        editor,
        'POST',
        `/api/boards/${id}/items`,
        { title: raw, owner: raw.slice(0, LAUNCH_LIMITS.ownerLength) },
      );
      if (!valid) {
        expect(response.status, JSON.stringify(raw)).toBe(400);
        expect(response.body.error).toMatch(/Title/);
        continue;
      }
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body.title).toBe(trimmed);
      expected.set(response.body.id, trimmed);
    }
    const board = await getBoard(server.url, editor, id);
    expect(new Map(board.items.map((task) => [task.id, task.title]))).toEqual(expected);

    for (const raw of naughtyStrings().slice(0, 60)) {
      const response = await createLaunch(server.url, editor, { title: raw, template: 'empty' });
      expect([201, 400], JSON.stringify(raw)).toContain(response.status);
    }
  });

  it('answers 403 to a viewer who writes and 400 to launch fields on a roadmap', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = (await createLaunch(server.url, editor)).body.id;
    const refused = await api(
      server.url,
      server.token('viewer'),
      'POST',
      `/api/boards/${id}/items`,
      {
        title: 'Sneaky',
      },
    );
    expect(refused.status).toBe(403);
    const roadmap = await createLaunch(server.url, editor, {
      kind: 'roadmap',
      launchDate: '2027-03-12',
    });
    expect(roadmap.status).toBe(400);
  });
});

describe('launch boards live', () => {
  it('merges a launch-date move and a concurrent task edit from two providers', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = (
      await createLaunch(server.url, editor, { launchDate: '2027-03-12', template: 'empty' })
    ).body.id;
    const alice = connectProvider(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      const taskId = addTask(
        alice.doc,
        { title: 'Analyst briefings', track: 'press', offsetDays: -7 },
        asUser('alice'),
      );
      await Promise.all([
        alice.acknowledged(),
        waitFor('the task to reach Bob', bob.doc, 'update', () =>
          readLaunch(bob.doc).items.some((task) => task.id === taskId),
        ),
      ]);

      // Both edit before either sees the other's change.
      setLaunchDate(alice.doc, '2027-05-28', asUser('alice'));
      updateTask(bob.doc, taskId, { offsetDays: -14, owner: 'Bob' }, asUser('bob'));
      const merged = (doc: typeof alice.doc) => {
        const view = readLaunch(doc);
        const task = view.items.find((entry) => entry.id === taskId);
        return view.launchDate === '2027-05-28' && task?.offsetDays === -14;
      };
      await Promise.all([
        alice.acknowledged(),
        bob.acknowledged(),
        waitFor('Bob’s edit to reach Alice', alice.doc, 'update', () => merged(alice.doc)),
        waitFor('Alice’s date to reach Bob', bob.doc, 'update', () => merged(bob.doc)),
      ]);
      expect(readLaunch(alice.doc)).toEqual(readLaunch(bob.doc));
      const stored = await getBoard(server.url, editor, id);
      expect(stored.launchDate).toBe('2027-05-28');
      expect(stored.items).toEqual([
        expect.objectContaining({
          id: taskId,
          owner: 'Bob',
          offsetDays: -14,
          offsetLabel: 'T-14d',
          dueDate: '2027-05-14',
        }),
      ]);
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });
});
