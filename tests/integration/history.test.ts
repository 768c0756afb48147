import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addItem,
  moveItem,
  readBoard,
  readRoadmap,
  systemEnv,
  updateItem,
  type BoardChange,
  type OperationContext,
} from '@cairn/model';
import { WebSocketStatus } from '@hocuspocus/provider';
import { startTestServer } from '@cairn/server/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { api, apiAs } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

interface Version {
  id: string;
  boardId: string;
  name: string;
  author: { id: string; name: string };
  scheduled: boolean;
  createdAt: number;
  size: number;
}

interface VersionList {
  versions: Version[];
  schedule: { every: string; setBy: { id: string; name: string }; nextAt: number } | null;
}

interface Diff {
  from: { id: string; name: string };
  to: { id: string; name: string };
  changes: BoardChange[];
  changelog: string;
}

interface BoardJson {
  id: string;
  title: string;
  kind: string;
  items: { id: string; title: string; status: string; horizon: string; endDate: string | null }[];
}

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

const DAY = 24 * 60 * 60 * 1000;

async function createBoard(url: string, token: string, title = 'Roadmap'): Promise<string> {
  const created = await api<{ id: string }>(url, token, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function addItemByApi(
  url: string,
  token: string,
  board: string,
  fields: Record<string, unknown>,
): Promise<string> {
  const created = await api<{ id: string }>(
    url,
    token,
    'POST',
    `/api/boards/${board}/items`,
    fields,
  );
  expect(created.status).toBe(201);
  return created.body.id;
}

async function takeVersion(url: string, token: string, board: string, name: string) {
  const taken = await api<Version>(url, token, 'POST', `/api/boards/${board}/versions`, { name });
  expect(taken.status).toBe(201);
  return taken.body;
}

async function getBoard(url: string, token: string, board: string): Promise<BoardJson> {
  const read = await api<BoardJson>(url, token, 'GET', `/api/boards/${board}`);
  expect(read.status).toBe(200);
  return read.body;
}

function connect(server: { wsUrl: string }, board: string, token: string): TestClient {
  const client = connectProvider(server.wsUrl, board, token);
  onTestFinished(() => client.destroy());
  return client;
}

function itemsOf(client: TestClient) {
  return new Map(readRoadmap(client.doc).items.map((item) => [item.id, item]));
}

describe('versions over REST', () => {
  it('takes, lists and compares versions, as the contract says', async () => {
    const server = await useTestServer();
    const editor = server.token('editor', 'Erin');
    const board = await createBoard(server.url, editor);
    const item = await addItemByApi(server.url, editor, board, {
      title: 'Billing',
      status: 'planned',
      horizon: 'next',
      endDate: '2026-03-10',
    });
    const q3 = await takeVersion(server.url, editor, board, '  Q3 review  ');
    expect(q3).toMatchObject({
      boardId: board,
      name: 'Q3 review',
      author: { name: 'Erin' },
      scheduled: false,
    });
    expect(q3.id).toMatch(/^v_/);
    expect(q3.size).toBeGreaterThan(0);

    const patched = await api(server.url, editor, 'PATCH', `/api/boards/${board}/items/${item}`, {
      status: 'in-progress',
      endDate: '2026-03-15',
      horizon: 'now',
    });
    expect(patched.status).toBe(200);
    const added = await addItemByApi(server.url, editor, board, { title: 'Search' });
    const later = await takeVersion(server.url, editor, board, 'Later');

    const list = await api<VersionList>(server.url, editor, 'GET', `/api/boards/${board}/versions`);
    expect(list.status).toBe(200);
    expect(list.body.versions.map((version) => version.name)).toEqual(['Later', 'Q3 review']);
    expect(list.body.schedule).toBeNull();

    const diff = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${q3.id}/diff/now`,
    );
    expect(diff.status).toBe(200);
    expect(diff.body.from).toMatchObject({ id: q3.id, name: 'Q3 review' });
    expect(diff.body.to).toMatchObject({ id: 'now', name: 'now' });
    expect(diff.body.changes).toContainEqual(
      expect.objectContaining({ type: 'status', from: 'planned', to: 'in-progress' }),
    );
    expect(diff.body.changes).toContainEqual(
      expect.objectContaining({ type: 'rescheduled', field: 'endDate', days: 5 }),
    );
    expect(diff.body.changes).toContainEqual({
      type: 'added',
      entry: { collection: 'items', id: added, title: 'Search', noun: 'item' },
    });
    expect(diff.body.changelog).toContain('Item "Billing": end date slipped 5 days');
    expect(diff.body.changelog).toContain('Added item "Search"');

    const between = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${q3.id}/diff/${later.id}`,
    );
    expect(between.body.changes).toEqual(diff.body.changes);
    const backwards = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${later.id}/diff/${q3.id}`,
    );
    expect(backwards.body.changes).toContainEqual(
      expect.objectContaining({
        type: 'removed',
        entry: expect.objectContaining({ id: added }) as unknown,
      }),
    );

    const text = await fetch(
      `${server.url}/api/boards/${board}/versions/${q3.id}/diff/now?format=text`,
      { headers: { authorization: `Bearer ${editor}` } },
    );
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const changelog = await text.text();
    expect(changelog.split('\n')[0]).toMatch(/^Changes to "Roadmap" from version "Q3 review"/);
    expect(changelog).toContain('Added item "Search"');
  });

  it('refuses bad input with 400 and unknown versions, even of other boards, with 404', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const board = await createBoard(server.url, editor);
    const other = await createBoard(server.url, editor, 'Other');
    const foreign = await takeVersion(server.url, editor, other, 'Of the other board');
    const path = `/api/boards/${board}/versions`;
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 7 }, { name: 'a', extra: 1 }]) {
      const answer = await api<{ error: string }>(server.url, editor, 'POST', path, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toBeTruthy();
    }
    expect((await api(server.url, editor, 'POST', path, 'not json')).status).toBe(400);
    expect((await api(server.url, editor, 'POST', path, { name: 'x'.repeat(101) })).status).toBe(
      400,
    );
    expect((await api(server.url, editor, 'POST', path, { name: 'x'.repeat(100) })).status).toBe(
      201,
    );
    for (const ref of ['v_missing', foreign.id]) {
      for (const [method, suffix] of [
        ['GET', `/${ref}/diff/now`],
        ['GET', `/now/diff/${ref}`],
        ['POST', `/${ref}/rollback`],
        ['POST', `/${ref}/copy`],
        ['DELETE', `/${ref}`],
      ] as const) {
        const answer = await api(server.url, server.token('admin'), method, `${path}${suffix}`);
        expect(answer.status, `${method} ${suffix}`).toBe(404);
      }
    }
    const mine = await takeVersion(server.url, editor, board, 'Mine');
    const badFormat = await api(
      server.url,
      editor,
      'GET',
      `${path}/${mine.id}/diff/now?format=html`,
    );
    expect(badFormat.status).toBe(400);
    for (const body of [{ every: 'hour' }, { every: 1 }, {}, { every: 'day', at: 3 }]) {
      const answer = await api(server.url, editor, 'PUT', `${path}/schedule`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await api(server.url, editor, 'GET', '/api/boards/nope/versions')).status).toBe(404);
  });

  it('lets readers list and compare, editors change, admins delete, and others not even see', async () => {
    const server = await useTestServer();
    const owner = await server.signUp({ email: 'owner@example.com', name: 'Owner' });
    const stranger = await server.signUp({ email: 'stranger@example.com', name: 'Stranger' });
    const boardEditor = await server.signUp({ email: 'member@example.com', name: 'Member' });
    const admin = server.token('admin');
    const board = await createBoard(server.url, admin);
    server.addMember(board, boardEditor.userId, 'editor');
    const version = await takeVersion(server.url, admin, board, 'Base');
    const base = `/api/boards/${board}/versions`;
    const reads: [string, string, unknown?][] = [
      ['GET', base],
      ['GET', `${base}/${version.id}/diff/now`],
    ];
    const edits: [string, string, unknown, number][] = [
      ['POST', base, { name: 'By someone' }, 201],
      ['PUT', `${base}/schedule`, { every: 'week' }, 200],
      ['POST', `${base}/${version.id}/rollback`, undefined, 200],
    ];
    for (const role of ['viewer', 'commenter'] as const) {
      const token = server.token(role);
      for (const [method, path, body] of reads) {
        expect((await api(server.url, token, method, path, body)).status, `${role} ${path}`).toBe(
          200,
        );
      }
      for (const [method, path, body] of [
        ...edits,
        ['POST', `${base}/${version.id}/copy`, undefined, 201] as const,
      ]) {
        expect((await api(server.url, token, method, path, body)).status, `${role} ${path}`).toBe(
          403,
        );
      }
    }
    for (const [method, path, body] of [...reads, ...edits]) {
      const answer = await apiAs(server.url, { cookie: stranger.cookie }, method, path, body);
      expect(answer.status, `stranger ${method} ${path}`).toBe(404);
    }
    const editor = server.token('editor');
    for (const [method, path, body, status] of edits) {
      expect((await api(server.url, editor, method, path, body)).status, path).toBe(status);
    }
    expect((await api(server.url, editor, 'DELETE', `${base}/${version.id}`)).status).toBe(403);
    // A board editor without the workspace right to create boards cannot make a copy.
    const copyByMember = await apiAs(
      server.url,
      { cookie: boardEditor.cookie },
      'POST',
      `${base}/${version.id}/copy`,
    );
    expect(copyByMember.status).toBe(403);
    const byOwner = await apiAs(
      server.url,
      { cookie: owner.cookie },
      'DELETE',
      `${base}/${version.id}`,
    );
    expect(byOwner.status).toBe(204);
    const after = await api<VersionList>(server.url, admin, 'GET', base);
    expect(after.body.versions.map((entry) => entry.id)).not.toContain(version.id);
  });

  it('stores every naughty version name exactly, or refuses it with a 400', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    let board = await createBoard(server.url, editor);
    let onBoard = 0;
    const expected = new Map<string, string>();
    for (const raw of naughtyStrings()) {
      const trimmed = raw.trim();
      const valid = trimmed.length > 0 && [...trimmed].length <= 100 && !/\p{Cs}/u.test(trimmed);
      if (valid && onBoard === 150) {
        board = await createBoard(server.url, editor);
        onBoard = 0;
      }
      const answer = await api<Version>(
        server.url,
        editor,
        'POST',
        `/api/boards/${board}/versions`,
        {
          name: raw,
        },
      );
      if (!valid) {
        expect(answer.status, JSON.stringify(raw)).toBe(400);
        continue;
      }
      expect(answer.status, JSON.stringify(raw)).toBe(201);
      expect(answer.body.name).toBe(trimmed);
      expected.set(answer.body.id, trimmed);
      onBoard++;
      if (expected.size % 97 === 0) {
        const diff = await fetch(
          `${server.url}/api/boards/${board}/versions/${answer.body.id}/diff/now?format=text`,
          { headers: { authorization: `Bearer ${editor}` } },
        );
        // The name is quoted on the changelog's first line and never breaks it.
        const [first, second] = (await diff.text()).split('\n');
        expect(first).toMatch(/^Changes to "Roadmap" from version ".*" \(.+ UTC\) to now/);
        expect(second).toBe('No changes.');
      }
    }
    expect(expected.size).toBeGreaterThan(300);
    const boards = await api<{ id: string }[]>(server.url, editor, 'GET', '/api/boards');
    const stored = new Map<string, string>();
    for (const { id } of boards.body) {
      const list = await api<VersionList>(server.url, editor, 'GET', `/api/boards/${id}/versions`);
      for (const version of list.body.versions) stored.set(version.id, version.name);
    }
    expect(stored).toEqual(expected);
  });
});

describe('versions of a board edited live', () => {
  it('compares a version with a board two people edited at once', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const board = await createBoard(server.url, editor);
    const shared = await addItemByApi(server.url, editor, board, {
      title: 'Shared',
      status: 'planned',
      endDate: '2026-05-01',
    });
    const untouched = await addItemByApi(server.url, editor, board, { title: 'Untouched' });
    const version = await takeVersion(server.url, editor, board, 'Before the workshop');
    const alice = connect(server, board, server.token('editor', 'Alice'));
    const bob = connect(server, board, server.token('editor', 'Bob'));
    await Promise.all([alice.synced(), bob.synced()]);

    // Both edit the same item and add items at once, before either sees the other.
    updateItem(alice.doc, shared, { status: 'shipped' }, asUser('alice'));
    updateItem(bob.doc, shared, { endDate: '2026-05-08' }, asUser('bob'));
    moveItem(bob.doc, shared, { horizon: 'later' }, asUser('bob'));
    const fromAlice = addItem(alice.doc, { title: 'From Alice' }, asUser('alice'));
    const fromBob = addItem(bob.doc, { title: 'From Bob' }, asUser('bob'));
    await Promise.all([alice.acknowledged(), bob.acknowledged()]);
    await waitFor('both edits everywhere', alice.doc, 'update', () => itemsOf(alice).has(fromBob));

    const diff = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${version.id}/diff/now`,
    );
    const summary = diff.body.changes.map((change) => [change.type, change.entry.id]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['added', fromAlice],
        ['added', fromBob],
        ['status', shared],
        ['rescheduled', shared],
        ['moved', shared],
      ]),
    );
    expect(summary).toHaveLength(5);
    expect(summary.some(([, id]) => id === untouched)).toBe(false);
    expect(diff.body.changes).toContainEqual(
      expect.objectContaining({ type: 'rescheduled', days: 7, to: '2026-05-08' }),
    );
    expect(diff.body.changelog).toContain('Moved item "Shared" from "Now" to "Later"');
  });

  it('rolls back as an edit another person sees live, merges concurrent edits, and survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cairn-history-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startTestServer({ dataDir });
    let stopped = false;
    onTestFinished(() => (stopped ? undefined : server.stop()));
    const editor = server.token('editor', 'Erin');
    const board = await createBoard(server.url, editor);
    const kept = await addItemByApi(server.url, editor, board, {
      title: 'Kept',
      status: 'planned',
    });
    const other = await addItemByApi(server.url, editor, board, { title: 'Other' });
    const version = await takeVersion(server.url, editor, board, 'Good state');
    const watcher = connect(server, board, server.token('viewer', 'Watcher'));
    const bob = connect(server, board, server.token('editor', 'Bob'));
    await Promise.all([watcher.synced(), bob.synced()]);

    updateItem(bob.doc, kept, { title: 'Broken', status: 'cancelled' }, asUser('bob'));
    const stray = addItem(bob.doc, { title: 'Stray' }, asUser('bob'));
    await bob.acknowledged();
    await waitFor('the bad edits', watcher.doc, 'update', () => itemsOf(watcher).has(stray));

    // Bob goes offline and keeps editing while the rollback runs: his edits are concurrent
    // with it. The one to a field the rollback does not touch survives; the one to a title it
    // resets merges like any two edits of one field, the same on every replica.
    const socket = bob.provider.configuration.websocketProvider;
    const offline = waitFor(
      'Bob offline',
      socket,
      'status',
      () => socket.status === WebSocketStatus.Disconnected,
    );
    socket.disconnect();
    await offline;
    updateItem(bob.doc, other, { owner: 'Bob' }, asUser('bob'));
    updateItem(bob.doc, kept, { title: 'Bob was here' }, asUser('bob'));

    const answer = await api<{ before: Version; changes: BoardChange[] }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${board}/versions/${version.id}/rollback`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.before.name).toBe('Before rolling back to Good state');
    expect(answer.body.changes).toContainEqual(
      expect.objectContaining({
        type: 'removed',
        entry: expect.objectContaining({ id: stray }) as unknown,
      }),
    );
    await waitFor('the rollback, seen live', watcher.doc, 'update', () => {
      const items = itemsOf(watcher);
      return !items.has(stray) && items.get(kept)?.status === 'planned';
    });
    expect(itemsOf(watcher).get(kept)?.title).toBe('Kept');

    await socket.connect();
    await bob.synced();
    await bob.acknowledged();
    await waitFor(
      "Bob's offline edits",
      watcher.doc,
      'update',
      () => itemsOf(watcher).get(other)?.owner === 'Bob',
    );
    await waitFor('the rollback at Bob', bob.doc, 'update', () => !itemsOf(bob).has(stray));
    expect(readBoard(bob.doc)).toEqual(readBoard(watcher.doc));
    const merged = itemsOf(watcher);
    expect(merged.get(kept)?.status).toBe('planned');
    expect(['Kept', 'Bob was here']).toContain(merged.get(kept)?.title);
    const rest = await getBoard(server.url, editor, board);
    expect(rest.items).toEqual(
      readBoard(watcher.doc).items.map(
        (item) => expect.objectContaining({ id: item.id, title: item.title }) as unknown,
      ),
    );
    const survivors = rest.items.map((item) => item.title).sort();

    watcher.destroy();
    bob.destroy();
    await server.stop();
    stopped = true;
    const restarted = await useTestServer({ dataDir });
    const viewer = restarted.token('viewer');
    const after = await getBoard(restarted.url, viewer, board);
    expect(after.items.map((item) => item.title).sort()).toEqual(survivors);
    const list = await api<VersionList>(
      restarted.url,
      viewer,
      'GET',
      `/api/boards/${board}/versions`,
    );
    expect(list.body.versions.map((entry) => entry.name)).toEqual([
      'Before rolling back to Good state',
      'Good state',
    ]);
    // The rollback can be undone with the version it left behind.
    const undo = await api<Diff>(
      restarted.url,
      viewer,
      'GET',
      `/api/boards/${board}/versions/${answer.body.before.id}/diff/now`,
    );
    expect(undo.body.changes).toContainEqual(
      expect.objectContaining({
        type: 'removed',
        entry: expect.objectContaining({ id: stray }) as unknown,
      }),
    );
  });

  it('restores a version as a new board the person administers', async () => {
    const server = await useTestServer();
    const owner = await server.signUp({ email: 'pm@example.com', name: 'Pat' });
    const caller = { cookie: owner.cookie };
    const created = await apiAs<{ id: string }>(server.url, caller, 'POST', '/api/boards', {
      title: 'Plan',
      kind: 'roadmap',
    });
    const board = created.body.id;
    await apiAs(server.url, caller, 'POST', `/api/boards/${board}/items`, { title: 'One' });
    const version = await apiAs<Version>(
      server.url,
      caller,
      'POST',
      `/api/boards/${board}/versions`,
      {
        name: 'Q3 review',
      },
    );
    await apiAs(server.url, caller, 'POST', `/api/boards/${board}/items`, { title: 'Two' });

    const copy = await apiAs<{ id: string; title: string; kind: string }>(
      server.url,
      caller,
      'POST',
      `/api/boards/${board}/versions/${version.body.id}/copy`,
    );
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ title: 'Plan (Q3 review)', kind: 'roadmap' });
    expect(copy.body.id).not.toBe(board);
    const read = await apiAs<BoardJson>(server.url, caller, 'GET', `/api/boards/${copy.body.id}`);
    expect(read.body.items.map((item) => item.title)).toEqual(['One']);
    const members = await apiAs<{ userId: string; role: string }[]>(
      server.url,
      caller,
      'GET',
      `/api/boards/${copy.body.id}/members`,
    );
    expect(members.body).toContainEqual(
      expect.objectContaining({ userId: owner.userId, role: 'admin' }),
    );
    // The original is untouched.
    const original = await apiAs<BoardJson>(server.url, caller, 'GET', `/api/boards/${board}`);
    expect(original.body.items.map((item) => item.title).sort()).toEqual(['One', 'Two']);

    const titled = await apiAs<{ title: string }>(
      server.url,
      caller,
      'POST',
      `/api/boards/${board}/versions/${version.body.id}/copy`,
      { title: '  For the board meeting ' },
    );
    expect(titled.status).toBe(201);
    expect(titled.body.title).toBe('For the board meeting');
    const tooLong = await apiAs(
      server.url,
      caller,
      'POST',
      `/api/boards/${board}/versions/${version.body.id}/copy`,
      { title: 'x'.repeat(201) },
    );
    expect(tooLong.status).toBe(400);
  });
});

describe('versions of other kinds of board', () => {
  it('compares a launch plan: launch day once, then a task by track, status and due date', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const created = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'GA launch',
      kind: 'launch',
      launchDate: '2027-03-12',
      template: 'empty',
    });
    const board = created.body.id;
    const task = await addItemByApi(server.url, editor, board, {
      title: 'Press briefing',
      offsetDays: -14,
      track: 'marketing',
    });
    await addItemByApi(server.url, editor, board, { title: 'Docs', offsetDays: -3 });
    const version = await takeVersion(server.url, editor, board, 'Plan agreed');
    await api(server.url, editor, 'PATCH', `/api/boards/${board}/launch`, {
      launchDate: '2027-04-02',
    });
    await api(server.url, editor, 'PATCH', `/api/boards/${board}/items/${task}`, {
      offsetDays: -10,
      status: 'blocked',
      track: 'sales',
    });
    const diff = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${version.id}/diff/now`,
    );
    expect(diff.body.changes.map((change) => [change.type, change.entry.noun])).toEqual([
      ['rescheduled', 'board'],
      ['moved', 'task'],
      ['status', 'task'],
      ['rescheduled', 'task'],
    ]);
    expect(diff.body.changelog).toContain('Launch date slipped 21 days (2027-03-12 → 2027-04-02)');
    expect(diff.body.changelog).toContain('Task "Press briefing": status To do → Blocked');
    expect(diff.body.changelog).toContain('from track "Marketing" to track "Sales"');
  });

  it('compares and rolls back a canvas whiteboard, shapes included', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const created = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'Workshop',
      kind: 'canvas',
    });
    const board = created.body.id;
    const client = connect(server, board, server.token('editor', 'Fran'));
    await client.synced();
    const records = client.doc.getArray<{ key: string; val: unknown }>('tldraw');
    const shape = (id: string, text: string) => ({
      key: id,
      val: {
        typeName: 'shape',
        id,
        type: 'text',
        parentId: 'page:page',
        x: 0,
        y: 0,
        props: { text },
      },
    });
    records.push([shape('shape:a', 'Idea'), shape('shape:b', 'Keep')]);
    await client.acknowledged();
    const version = await takeVersion(server.url, editor, board, 'Before voting');
    client.doc.transact(() => {
      records.delete(0, 1);
      records.push([shape('shape:a', 'Better idea'), shape('shape:c', 'New')]);
    });
    await client.acknowledged();
    const diff = await api<Diff>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board}/versions/${version.id}/diff/now`,
    );
    expect(diff.body.changes.map((change) => [change.type, change.entry.id])).toEqual([
      ['renamed', 'shape:a'],
      ['added', 'shape:c'],
    ]);
    const rolled = await api(
      server.url,
      editor,
      'POST',
      `/api/boards/${board}/versions/${version.id}/rollback`,
    );
    expect(rolled.status).toBe(200);
    const texts = () =>
      records
        .toArray()
        .map((entry) => (entry.val as { props: { text: string } }).props.text)
        .sort();
    await waitFor(
      'the whiteboard rolled back',
      client.doc,
      'update',
      () =>
        ['Idea', 'Keep'].every((text, index) => texts()[index] === text) && texts().length === 2,
    );
  });
});

describe('scheduled versions', () => {
  it('takes an automatic version each period the board changed, on the server clock', async () => {
    const clock = { now: Date.UTC(2026, 10, 2, 9, 0) };
    const server = await useTestServer({ env: { ...systemEnv, now: () => clock.now } });
    const editor = server.token('editor', 'Sam');
    const board = await createBoard(server.url, editor);
    const path = `/api/boards/${board}/versions`;
    const list = async () => (await api<VersionList>(server.url, editor, 'GET', path)).body;

    const set = await api<{ schedule: VersionList['schedule'] }>(
      server.url,
      editor,
      'PUT',
      `${path}/schedule`,
      { every: 'day' },
    );
    expect(set.status).toBe(200);
    expect(set.body.schedule).toMatchObject({ every: 'day', setBy: { name: 'Sam' } });
    expect(set.body.schedule?.nextAt).toBe(clock.now + DAY);
    expect((await list()).versions).toEqual([]);

    await addItemByApi(server.url, editor, board, { title: 'First' });
    clock.now += DAY - 1;
    expect((await list()).versions).toEqual([]);
    clock.now += 1;
    const first = await list();
    expect(first.versions).toEqual([
      expect.objectContaining({
        name: 'Automatic – 2026-11-03',
        scheduled: true,
        author: expect.objectContaining({ name: 'Sam' }) as unknown,
      }),
    ]);
    expect(first.schedule?.nextAt).toBe(clock.now + DAY);

    // A day without changes takes no version.
    clock.now += DAY;
    expect((await list()).versions).toHaveLength(1);
    await addItemByApi(server.url, editor, board, { title: 'Second' });
    clock.now += DAY;
    expect((await list()).versions.map((version) => version.name)).toEqual([
      'Automatic – 2026-11-05',
      'Automatic – 2026-11-03',
    ]);

    // Weekly, then off.
    await api(server.url, editor, 'PUT', `${path}/schedule`, { every: 'week' });
    await addItemByApi(server.url, editor, board, { title: 'Third' });
    clock.now += DAY;
    expect((await list()).versions).toHaveLength(2);
    clock.now += 6 * DAY;
    expect((await list()).versions).toHaveLength(3);
    const off = await api<{ schedule: null }>(server.url, editor, 'PUT', `${path}/schedule`, {
      every: null,
    });
    expect(off.body.schedule).toBeNull();
    await addItemByApi(server.url, editor, board, { title: 'Fourth' });
    clock.now += 30 * DAY;
    expect((await list()).versions).toHaveLength(3);
  });
});
