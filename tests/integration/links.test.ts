import { addLink, systemEnv, type OperationContext } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';

/** One end of a link as GET /api/boards/:id/links resolves it. */
interface LinkEnd {
  boardId: string;
  boardTitle: string | null;
  boardKind: string | null;
  itemId: string | null;
  itemTitle: string | null;
  gone: boolean;
  collection?: string;
}

interface BoardLinks {
  boardId: string;
  incoming: LinkEnd[];
  entries: {
    collection: string;
    id: string;
    title: string;
    outgoing: LinkEnd[];
    incoming: LinkEnd[];
  }[];
}

const asUser: OperationContext = {
  origin: { kind: 'local-user', userId: 'tester' },
  env: systemEnv,
};

let nextId = 0;
/** A fresh 16-character entry id, deterministic within a run. */
function entryId(prefix: string): string {
  nextId += 1;
  return `${prefix}${String(nextId).padStart(16 - prefix.length, '0')}`;
}

async function createBoard(
  url: string,
  token: string,
  kind: string,
  title: string,
): Promise<string> {
  const created = await api<{ id: string }>(url, token, 'POST', '/api/boards', { kind, title });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

/** An open provider on a board, synced, closed when the test ends. */
async function open(url: string, boardId: string, token: string, opened: TestClient[]) {
  const client = connectProvider(url, boardId, token);
  opened.push(client);
  await client.synced();
  return client;
}

/**
 * Writes an entry with `fields` into root map `collection` through an official provider, as a
 * third-party client (or another board kind's UI) would, and waits until it is on disk.
 */
async function writeEntry(
  client: TestClient,
  collection: string,
  fields: Record<string, unknown>,
  id = entryId('E'),
): Promise<string> {
  client.doc.transact(() => {
    const entry = new Y.Map<unknown>();
    client.doc.getMap<unknown>(collection).set(id, entry);
    for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  });
  await client.acknowledged();
  return id;
}

async function linksOf(url: string, token: string, boardId: string): Promise<BoardLinks> {
  const response = await api<BoardLinks>(url, token, 'GET', `/api/boards/${boardId}/links`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

function entryOf(links: BoardLinks, id: string) {
  const entry = links.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id} in ${JSON.stringify(links)}`);
  return entry;
}

/** A roadmap with one item, a personas board with one persona, and the clients that made them. */
async function linkedWorld() {
  const server = await useTestServer();
  const editor = server.token('editor');
  const opened: TestClient[] = [];
  const roadmap = await createBoard(server.url, editor, 'roadmap', 'Q3 roadmap');
  const personas = await createBoard(server.url, editor, 'personas', 'Customers');
  const item = await api<{ id: string }>(
    server.url,
    editor,
    'POST',
    `/api/boards/${roadmap}/items`,
    {
      title: 'Self-serve billing',
    },
  );
  const personasClient = await open(server.wsUrl, personas, editor, opened);
  const persona = await writeEntry(personasClient, 'items', { title: 'Finance lead' });
  return {
    server,
    editor,
    opened,
    roadmap,
    personas,
    itemId: item.body.id,
    persona,
    personasClient,
  };
}

describe('cross-board links', () => {
  it('shows a link on both boards, follows renames and shows a deleted target as gone', async () => {
    const world = await linkedWorld();
    const { server, editor, roadmap, personas, itemId, persona, personasClient } = world;
    try {
      const created = await api<{ to: LinkEnd }>(
        server.url,
        editor,
        'POST',
        `/api/boards/${roadmap}/links`,
        {
          from: { collection: 'items', id: itemId },
          to: { boardId: personas, itemId: persona },
        },
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.to).toEqual({
        boardId: personas,
        boardTitle: 'Customers',
        boardKind: 'personas',
        itemId: persona,
        itemTitle: 'Finance lead',
        gone: false,
      });

      const fromRoadmap = await linksOf(server.url, server.token('viewer'), roadmap);
      expect(entryOf(fromRoadmap, itemId).outgoing).toEqual([created.body.to]);
      const fromPersonas = await linksOf(server.url, editor, personas);
      expect(entryOf(fromPersonas, persona).incoming).toEqual([
        {
          collection: 'items',
          boardId: roadmap,
          boardTitle: 'Q3 roadmap',
          boardKind: 'roadmap',
          itemId,
          itemTitle: 'Self-serve billing',
          gone: false,
        },
      ]);

      // Rename both ends: each side shows the other's new name.
      personasClient.doc.transact(() => {
        (personasClient.doc.getMap<unknown>('items').get(persona) as Y.Map<unknown>).set(
          'title',
          'CFO',
        );
      });
      await personasClient.acknowledged();
      await api(server.url, editor, 'PATCH', `/api/boards/${roadmap}/items/${itemId}`, {
        title: 'Billing v2',
      });
      expect(entryOf(await linksOf(server.url, editor, roadmap), itemId).outgoing[0]).toMatchObject(
        {
          itemTitle: 'CFO',
          gone: false,
        },
      );
      expect(
        entryOf(await linksOf(server.url, editor, personas), persona).incoming[0],
      ).toMatchObject({
        itemTitle: 'Billing v2',
      });

      // Delete the persona: the link stays, shown as gone, and can still be removed.
      personasClient.doc.transact(() =>
        personasClient.doc.getMap<unknown>('items').delete(persona),
      );
      await personasClient.acknowledged();
      expect(entryOf(await linksOf(server.url, editor, roadmap), itemId).outgoing).toEqual([
        { ...created.body.to, itemTitle: null, gone: true },
      ]);
      const removed = await api(server.url, editor, 'DELETE', `/api/boards/${roadmap}/links`, {
        from: { collection: 'items', id: itemId },
        to: { boardId: personas, itemId: persona },
      });
      expect(removed.status).toBe(204);
      expect(entryOf(await linksOf(server.url, editor, roadmap), itemId).outgoing).toEqual([]);
    } finally {
      for (const client of world.opened) client.destroy();
    }
  });

  it('indexes links that live clients write with the model, and entries for pickers', async () => {
    const world = await linkedWorld();
    const { server, editor, roadmap, personas, itemId, persona, opened } = world;
    try {
      const strategy = await createBoard(server.url, editor, 'strategy', 'Strategy 2026');
      const strategyClient = await open(server.wsUrl, strategy, editor, opened);
      const goal = await writeEntry(strategyClient, 'items', {
        type: 'goal',
        title: 'Grow revenue',
      });
      await writeEntry(strategyClient, 'items', { type: 'competitor', title: 'Grow Corp' });

      const roadmapClient = await open(server.wsUrl, roadmap, editor, opened);
      addLink(roadmapClient.doc, 'items', itemId, { boardId: strategy, itemId: goal }, asUser);
      addLink(roadmapClient.doc, 'items', itemId, { boardId: personas, itemId: persona }, asUser);
      await roadmapClient.acknowledged();

      const fromStrategy = await linksOf(server.url, editor, strategy);
      expect(entryOf(fromStrategy, goal).incoming).toEqual([
        expect.objectContaining({ boardId: roadmap, itemId, itemTitle: 'Self-serve billing' }),
      ]);
      expect(entryOf(await linksOf(server.url, editor, roadmap), itemId).outgoing).toHaveLength(2);

      const goals = await api<LinkEnd[]>(
        server.url,
        editor,
        'GET',
        '/api/entries?kind=strategy&q=grow',
      );
      expect(goals.status).toBe(200);
      // Competitors are not link targets, so the picker never offers them.
      expect(goals.body).toEqual([
        {
          boardId: strategy,
          boardTitle: 'Strategy 2026',
          boardKind: 'strategy',
          itemId: goal,
          itemTitle: 'Grow revenue',
          type: 'goal',
        },
      ]);
      const people = await api<LinkEnd[]>(
        server.url,
        server.token('viewer'),
        'GET',
        '/api/entries?kind=personas&q=FINANCE',
      );
      expect(people.body.map((entry) => entry.itemTitle)).toEqual(['Finance lead']);
      const none = await api<LinkEnd[]>(
        server.url,
        editor,
        'GET',
        '/api/entries?kind=personas&q=nobody',
      );
      expect(none.body).toEqual([]);
    } finally {
      for (const client of opened) client.destroy();
    }
  });

  it('links a roadmap release to a whole launch board', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const opened: TestClient[] = [];
    try {
      const roadmap = await createBoard(server.url, editor, 'roadmap', 'Roadmap');
      const launch = await createBoard(server.url, editor, 'launch', 'Launch of 2.0');
      const roadmapClient = await open(server.wsUrl, roadmap, editor, opened);
      const release = await writeEntry(roadmapClient, 'releases', { name: 'Release 2.0' });

      const launches = await api<LinkEnd[]>(
        server.url,
        editor,
        'GET',
        '/api/entries?kind=launch&q=2.0',
      );
      expect(launches.body).toEqual([
        expect.objectContaining({ boardId: launch, boardTitle: 'Launch of 2.0', itemId: null }),
      ]);
      const created = await api(server.url, editor, 'POST', `/api/boards/${roadmap}/links`, {
        from: { collection: 'releases', id: release },
        to: { boardId: launch, itemId: null },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const fromLaunch = await linksOf(server.url, editor, launch);
      expect(fromLaunch.incoming).toEqual([
        expect.objectContaining({
          collection: 'releases',
          boardId: roadmap,
          itemId: release,
          itemTitle: 'Release 2.0',
        }),
      ]);
      expect(entryOf(await linksOf(server.url, editor, roadmap), release).outgoing).toEqual([
        {
          boardId: launch,
          boardTitle: 'Launch of 2.0',
          boardKind: 'launch',
          itemId: null,
          itemTitle: null,
          gone: false,
        },
      ]);
    } finally {
      for (const client of opened) client.destroy();
    }
  });

  it('refuses bad input with 400 and unknown boards or entries with 404, writing nothing', async () => {
    const world = await linkedWorld();
    const { server, editor, roadmap, personas, itemId, persona, personasClient, opened } = world;
    try {
      const strategy = await createBoard(server.url, editor, 'strategy', 'Strategy');
      const strategyClient = await open(server.wsUrl, strategy, editor, opened);
      const competitor = await writeEntry(strategyClient, 'items', {
        type: 'competitor',
        title: 'Rival',
      });
      const otherRoadmap = await createBoard(server.url, editor, 'roadmap', 'Other roadmap');
      const launch = await createBoard(server.url, editor, 'launch', 'Launch');
      const release = await writeEntry(
        await open(server.wsUrl, roadmap, editor, opened),
        'releases',
        {
          name: 'R1',
        },
      );
      const from = { collection: 'items', id: itemId };
      const to = { boardId: personas, itemId: persona };
      const path = `/api/boards/${roadmap}/links`;

      const cases: [string, string, unknown, number, RegExp][] = [
        ['not JSON', path, '{"from":', 400, /not valid JSON/],
        ['an unknown field', path, { from, to, note: 'x' }, 400, /note|unrecognized/i],
        ['no target', path, { from }, 400, /to/],
        [
          'a bad collection',
          path,
          { from: { collection: 'lanes', id: itemId }, to },
          400,
          /from\.collection/,
        ],
        [
          'an itemId of the wrong type',
          path,
          { from, to: { boardId: personas, itemId: 5 } },
          400,
          /to\.itemId/,
        ],
        [
          'an unknown target board',
          path,
          { from, to: { boardId: 'NoSuchBoard00000', itemId: persona } },
          400,
          /no such board/,
        ],
        [
          'an unknown target item',
          path,
          { from, to: { boardId: personas, itemId: 'NoSuchItem000000' } },
          400,
          /no such item/,
        ],
        [
          'a release as the target of an item link',
          path,
          { from, to: { boardId: roadmap, itemId: release } },
          400,
          /not to a roadmap board/,
        ],
        [
          'a board of a kind items do not link to',
          path,
          { from, to: { boardId: launch, itemId: null } },
          400,
          /not to a launch board/,
        ],
        [
          'a persona board without an entry',
          path,
          { from, to: { boardId: personas, itemId: null } },
          400,
          /itemId must not be null/,
        ],
        [
          'a competitor',
          path,
          { from, to: { boardId: strategy, itemId: competitor } },
          400,
          /competitor/,
        ],
        [
          'a release linking to a persona',
          path,
          { from: { collection: 'releases', id: release }, to },
          400,
          /not to a personas board/,
        ],
        [
          'a release linking to a launch entry',
          path,
          {
            from: { collection: 'releases', id: release },
            to: { boardId: launch, itemId: persona },
          },
          400,
          /itemId must be null/,
        ],
        [
          'a link from a personas board',
          `/api/boards/${personas}/links`,
          {
            from: { collection: 'items', id: persona },
            to: { boardId: otherRoadmap, itemId: null },
          },
          400,
          /link from a roadmap/,
        ],
        [
          'an unknown source board',
          '/api/boards/NoSuchBoard00000/links',
          { from, to },
          404,
          /No board/,
        ],
        [
          'an unknown source entry',
          path,
          { from: { collection: 'items', id: 'NoSuchItem000000' }, to },
          404,
          /No entry/,
        ],
      ];
      for (const [what, target, body, status, reason] of cases) {
        const response = await api<{ error: string }>(server.url, editor, 'POST', target, body);
        expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(status);
        expect(response.body.error, what).toMatch(reason);
      }

      const deleteCases: [string, unknown, number, RegExp][] = [
        ['a link that is not there', { from, to }, 404, /no link/],
        [
          'an unknown entry',
          { from: { collection: 'items', id: 'NoSuchItem000000' }, to },
          404,
          /No entry/,
        ],
        ['a bad body', { from }, 400, /to/],
      ];
      for (const [what, body, status, reason] of deleteCases) {
        const response = await api<{ error: string }>(server.url, editor, 'DELETE', path, body);
        expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBe(status);
        expect(response.body.error, what).toMatch(reason);
      }

      const queries: [string, number, RegExp][] = [
        ['/api/entries', 400, /kind/],
        ['/api/entries?kind=ideas', 400, /kind/],
        [`/api/entries?kind=personas&q=${'x'.repeat(201)}`, 400, /q/],
        ['/api/entries?kind=personas&limit=3', 400, /limit|unrecognized/i],
        ['/api/boards/NoSuchBoard00000/links', 404, /No board/],
      ];
      for (const [query, status, reason] of queries) {
        const response = await api<{ error: string }>(server.url, editor, 'GET', query);
        expect(response.status, `${query}: ${JSON.stringify(response.body)}`).toBe(status);
        expect(response.body.error, query).toMatch(reason);
      }

      const viewer = server.token('viewer');
      expect((await api(server.url, viewer, 'POST', path, { from, to })).status).toBe(403);
      expect((await api(server.url, viewer, 'DELETE', path, { from, to })).status).toBe(403);
      expect((await api(server.url, null, 'GET', `/api/boards/${roadmap}/links`)).status).toBe(401);
      expect((await api(server.url, null, 'GET', '/api/entries?kind=personas')).status).toBe(401);

      // Nothing above wrote a link anywhere.
      expect(entryOf(await linksOf(server.url, editor, roadmap), itemId).outgoing).toEqual([]);
      expect(entryOf(await linksOf(server.url, editor, personas), persona).incoming).toEqual([]);
      expect(personasClient.doc.getMap('items').size).toBe(1);
    } finally {
      for (const client of opened) client.destroy();
    }
  });

  it('keeps the index across a restart', async () => {
    const first = await linkedWorld();
    const { server, editor, roadmap, personas, itemId, persona } = first;
    for (const client of first.opened) client.destroy();
    const created = await api(server.url, editor, 'POST', `/api/boards/${roadmap}/links`, {
      from: { collection: 'items', id: itemId },
      to: { boardId: personas, itemId: persona },
    });
    expect(created.status).toBe(201);
    await server.server.stop();

    const again = await useTestServer({ dataDir: server.dataDir });
    const token = again.token('viewer');
    // Read before any board is loaded: the answer comes from the stored index.
    expect(again.server.hocuspocus.getDocumentsCount()).toBe(0);
    expect(entryOf(await linksOf(again.url, token, personas), persona).incoming).toEqual([
      expect.objectContaining({
        boardId: roadmap,
        itemId,
        itemTitle: 'Self-serve billing',
        gone: false,
      }),
    ]);
    expect(entryOf(await linksOf(again.url, token, roadmap), itemId).outgoing).toEqual([
      expect.objectContaining({ boardId: personas, itemTitle: 'Finance lead', gone: false }),
    ]);
    expect(again.server.hocuspocus.getDocumentsCount()).toBe(0);
  });
});
