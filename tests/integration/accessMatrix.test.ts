import { readBoard, renameBoard, systemEnv, type OperationContext } from '@cairn/model';
import type { Role } from '@cairn/server';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { apiAs, type Caller } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

const asClient: OperationContext = {
  origin: { kind: 'local-user', userId: 'matrix' },
  env: systemEnv,
};

/** What a principal should get, from its role on the board (docs/access.md). */
type Outcome = Role | 'unauthenticated' | 'no-access';

interface Expectation {
  /** GET /api/boards/:id */
  readonly read: number;
  /** PATCH /api/boards/:id */
  readonly write: number;
  /** POST /api/boards/:id/comments (docs/comments.md): a new thread on the board. */
  readonly comment: number;
  /**
   * PUT /api/boards/:id/votes/:voteId/ballot, another commenter-level route: 409 means the role
   * check passed and no vote was open.
   */
  readonly vote: number;
  /** How the socket is refused, or the scope it gets. */
  readonly socket: 'unauthorized' | 'not-found' | 'readonly' | 'read-write';
}

const EXPECTED: Readonly<Record<Outcome, Expectation>> = {
  unauthenticated: { read: 401, write: 401, comment: 401, vote: 401, socket: 'unauthorized' },
  'no-access': { read: 404, write: 404, comment: 404, vote: 404, socket: 'not-found' },
  viewer: { read: 200, write: 403, comment: 403, vote: 403, socket: 'readonly' },
  commenter: { read: 200, write: 403, comment: 201, vote: 409, socket: 'readonly' },
  editor: { read: 200, write: 200, comment: 201, vote: 409, socket: 'read-write' },
  admin: { read: 200, write: 200, comment: 201, vote: 409, socket: 'read-write' },
};

/** What one principal presents: REST credentials, and the same for the socket. */
interface Presented {
  readonly caller: Caller;
  /** The provider token: an API token, a link secret, or '' when the cookie authenticates. */
  readonly socketToken: string;
  /** Who presence should say they are. */
  readonly shownAs?: string;
}

/** The shared world of the matrix: one server, one canvas board, people of every kind. */
interface World {
  readonly server: TestServer;
  readonly boardId: string;
  readonly otherBoardId: string;
  readonly ownerCookie: string;
}

const PASSWORD = 'correct horse battery staple';
let counter = 0;

async function account(world: World, name: string): Promise<{ userId: string; cookie: string }> {
  counter += 1;
  return world.server.signUp({ email: `person${counter}@example.com`, name, password: PASSWORD });
}

const token =
  (role: Role, name: string) =>
  (world: World): Presented => {
    const secret = world.server.token(role, name);
    return { caller: { bearer: secret }, socketToken: secret, shownAs: name };
  };

const member =
  (role: Role, name: string) =>
  async (world: World): Promise<Presented> => {
    const person = await account(world, name);
    world.server.addMember(world.boardId, person.userId, role);
    return { caller: { cookie: person.cookie }, socketToken: '', shownAs: name };
  };

const guest =
  (role: 'viewer' | 'commenter' | 'editor', label: string) =>
  (world: World): Presented => {
    const link = world.server.shareLink(world.boardId, role, { label });
    return {
      caller: { bearer: link.secret },
      socketToken: link.secret,
      shownAs: `${label} (guest)`,
    };
  };

/**
 * Every kind of principal, with the outcome its role on the board should give. Users are
 * authenticated by their session cookie (REST and socket), tokens and links as Bearer and
 * provider token, a signed-in person with a link by both.
 */
const PRINCIPALS: readonly {
  name: string;
  outcome: Outcome;
  present: (world: World) => Presented | Promise<Presented>;
}[] = [
  {
    name: 'nobody (no credentials)',
    outcome: 'unauthenticated',
    present: () => ({ caller: {}, socketToken: '' }),
  },
  {
    name: 'a forged token',
    outcome: 'unauthenticated',
    present: () => ({ caller: { bearer: 'cairn_forged' }, socketToken: 'cairn_forged' }),
  },
  {
    name: 'a forged share link',
    outcome: 'unauthenticated',
    present: () => ({ caller: { bearer: 'cairnlink_forged' }, socketToken: 'cairnlink_forged' }),
  },
  {
    name: 'an expired share link',
    outcome: 'unauthenticated',
    present: (world) => {
      const link = world.server.shareLink(world.boardId, 'editor', { expiresAt: Date.now() - 1 });
      return { caller: { bearer: link.secret }, socketToken: link.secret };
    },
  },
  {
    name: 'a revoked share link',
    outcome: 'unauthenticated',
    present: (world) => {
      const link = world.server.shareLink(world.boardId, 'editor');
      world.server.server.accounts.links.revoke(link.id);
      return { caller: { bearer: link.secret }, socketToken: link.secret };
    },
  },
  {
    name: 'a revoked token',
    outcome: 'unauthenticated',
    present: (world) => {
      const created = world.server.server.tokens.create('Gone', 'admin');
      world.server.server.tokens.revoke(created.id);
      return { caller: { bearer: created.token }, socketToken: created.token };
    },
  },
  {
    name: 'a signed-out session',
    outcome: 'unauthenticated',
    present: async (world) => {
      const person = await account(world, 'Leaver');
      world.server.addMember(world.boardId, person.userId, 'admin');
      world.server.server.accounts.sessions.endAllOf(person.userId);
      return { caller: { cookie: person.cookie }, socketToken: '' };
    },
  },
  {
    name: 'a signed-in person with no role',
    outcome: 'no-access',
    present: async (world) => {
      const person = await account(world, 'Outsider');
      return { caller: { cookie: person.cookie }, socketToken: '' };
    },
  },
  {
    name: 'a guest with a link to another board',
    outcome: 'no-access',
    present: (world) => {
      const link = world.server.shareLink(world.otherBoardId, 'editor');
      return { caller: { bearer: link.secret }, socketToken: link.secret };
    },
  },
  { name: 'viewer token', outcome: 'viewer', present: token('viewer', 'Viewer bot') },
  { name: 'viewer board member', outcome: 'viewer', present: member('viewer', 'Vera Viewer') },
  {
    name: 'viewer share link (guest)',
    outcome: 'viewer',
    present: guest('viewer', 'Stakeholders'),
  },
  {
    name: 'viewer by workspace role',
    outcome: 'viewer',
    present: async (world) => {
      const person = await account(world, 'Wanda Workspace');
      world.server.setWorkspaceRole(person.userId, 'viewer');
      return { caller: { cookie: person.cookie }, socketToken: '', shownAs: 'Wanda Workspace' };
    },
  },
  { name: 'commenter token', outcome: 'commenter', present: token('commenter', 'Commenter bot') },
  {
    name: 'commenter board member',
    outcome: 'commenter',
    present: member('commenter', 'Cam Commenter'),
  },
  {
    name: 'commenter share link (guest)',
    outcome: 'commenter',
    present: guest('commenter', 'Reviewers'),
  },
  { name: 'editor token', outcome: 'editor', present: token('editor', 'Editor bot') },
  { name: 'editor board member', outcome: 'editor', present: member('editor', 'Eve Editor') },
  { name: 'editor share link (guest)', outcome: 'editor', present: guest('editor', 'Agency') },
  {
    name: 'editor share link opened by a signed-in person with no role of their own',
    outcome: 'editor',
    present: async (world) => {
      const person = await account(world, 'Lena Linked');
      const link = world.server.shareLink(world.boardId, 'editor');
      return {
        caller: { cookie: person.cookie, bearer: link.secret },
        socketToken: link.secret,
        shownAs: 'Lena Linked',
      };
    },
  },
  {
    name: 'viewer member who opens an editor link (the stronger role counts)',
    outcome: 'editor',
    present: async (world) => {
      const person = await account(world, 'Max Mixed');
      world.server.addMember(world.boardId, person.userId, 'viewer');
      const link = world.server.shareLink(world.boardId, 'editor');
      return {
        caller: { cookie: person.cookie, bearer: link.secret },
        socketToken: link.secret,
        shownAs: 'Max Mixed',
      };
    },
  },
  { name: 'admin token', outcome: 'admin', present: token('admin', 'Admin bot') },
  { name: 'admin board member', outcome: 'admin', present: member('admin', 'Ada Admin') },
  {
    name: 'the board’s creator (workspace admin account)',
    outcome: 'admin',
    present: (world) => ({
      caller: { cookie: world.ownerCookie },
      socketToken: '',
      shownAs: 'Olive Owner',
    }),
  },
];

function socketOptions(presented: Presented) {
  return presented.caller.cookie ? { headers: { cookie: presented.caller.cookie } } : {};
}

describe('the role matrix: every principal × read, write, comment, vote, socket write, presence', () => {
  let world: World;
  let watcher: TestClient;

  beforeAll(async () => {
    const server = await startTestServer();
    const owner = await server.signUp({
      email: 'owner@example.com',
      name: 'Olive Owner',
      password: PASSWORD,
    });
    const create = (title: string) =>
      apiAs<{ id: string }>(server.url, { cookie: owner.cookie }, 'POST', '/api/boards', {
        title,
        kind: 'canvas',
      });
    const [board, other] = [await create('Matrix'), await create('Elsewhere')];
    world = {
      server,
      boardId: board.body.id,
      otherBoardId: other.body.id,
      ownerCookie: owner.cookie,
    };
    watcher = connectProvider(server.wsUrl, world.boardId, server.token('admin', 'Watcher'));
    await watcher.synced();
  });

  afterAll(async () => {
    watcher.destroy();
    await world.server.stop();
  });

  for (const principal of PRINCIPALS) {
    const expected = EXPECTED[principal.outcome];
    it(`${principal.name}: ${principal.outcome}`, async () => {
      const presented = await principal.present(world);
      const { url } = world.server;
      const board = `/api/boards/${world.boardId}`;

      const read = await apiAs(url, presented.caller, 'GET', board);
      const write = await apiAs(url, presented.caller, 'PATCH', board, {
        title: `REST ${principal.name}`,
      });
      const comment = await apiAs(url, presented.caller, 'POST', `${board}/comments`, {
        body: `A comment from ${principal.name}`,
      });
      const vote = await apiAs(url, presented.caller, 'PUT', `${board}/votes/none/ballot`, {
        dots: {},
      });
      expect({
        read: read.status,
        write: write.status,
        comment: comment.status,
        vote: vote.status,
      }).toEqual({
        read: expected.read,
        write: expected.write,
        comment: expected.comment,
        vote: expected.vote,
      });

      const client = connectProvider(
        world.server.wsUrl,
        world.boardId,
        presented.socketToken,
        socketOptions(presented),
      );
      try {
        if (expected.socket === 'unauthorized' || expected.socket === 'not-found') {
          expect(await client.refused()).toBe(expected.socket);
          return;
        }
        await client.synced();
        expect(client.provider.authorizedScope).toBe(expected.socket);

        // The edit, then a presence probe on the same socket: the server handles one socket's
        // messages in order, so once the watcher sees the probe, the edit was applied or dropped.
        const title = `Socket ${principal.name}`.slice(0, 200);
        renameBoard(client.doc, title, asClient);
        client.provider.setAwarenessField('probe', principal.name);
        const awareness = watcher.provider.awareness;
        if (!awareness) throw new Error('watcher without awareness');
        const seen = () =>
          awareness.getStates().get(client.doc.clientID) as
            { probe?: string; user?: { name: string; role: string } } | undefined;
        await waitFor(
          `presence of ${principal.name}`,
          awareness,
          'change',
          () => seen()?.probe === principal.name,
        );
        expect(readBoard(watcher.doc).title === title, 'socket edit applied').toBe(
          expected.socket === 'read-write',
        );
        expect(seen()?.user).toMatchObject({ name: presented.shownAs, role: principal.outcome });
      } finally {
        client.destroy();
      }
    });
  }

  it('covers every outcome', () => {
    const outcomes = new Set(PRINCIPALS.map((principal) => principal.outcome));
    expect([...outcomes].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

/** A server, its first account (workspace admin) and a roadmap board that account made. */
async function boardWithOwner() {
  const server = await useTestServer();
  const owner = await server.signUp({ email: 'owner@example.com', name: 'Olive Owner' });
  const board = await apiAs<{ id: string }>(
    server.url,
    { cookie: owner.cookie },
    'POST',
    '/api/boards',
    {
      title: 'Plan',
      kind: 'roadmap',
    },
  );
  const as = (caller: Caller) => ({
    call: <T = unknown>(method: string, path: string, body?: unknown) =>
      apiAs<T>(server.url, caller, method, `/api/boards/${board.body.id}${path}`, body),
  });
  return { server, owner, boardId: board.body.id, as, ownerApi: as({ cookie: owner.cookie }) };
}

describe('losing access on an open socket', () => {
  it('a revoked share link closes its sockets at once', async () => {
    const { server, boardId, ownerApi } = await boardWithOwner();
    const created = await ownerApi.call<{ id: string; secret: string; url: string }>(
      'POST',
      '/share-links',
      {
        role: 'editor',
        label: 'Agency',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`/b/${boardId}#link=${created.body.secret}`);
    const agency = connectProvider(server.wsUrl, boardId, created.body.secret);
    try {
      await agency.synced();
      const closed = agency.closed();
      expect((await ownerApi.call('DELETE', `/share-links/${created.body.id}`)).status).toBe(204);
      expect(await closed).toBe('unauthorized');
      expect(
        (await apiAs(server.url, { bearer: created.body.secret }, 'GET', '/api/me')).status,
      ).toBe(401);
    } finally {
      agency.destroy();
    }
  });

  it('a removed member loses an open socket at once', async () => {
    const { server, boardId, ownerApi } = await boardWithOwner();
    const eve = await server.signUp({ email: 'eve@example.com', name: 'Eve' });
    expect(
      (await ownerApi.call('POST', '/members', { email: 'EVE@example.com', role: 'editor' }))
        .status,
    ).toBe(201);
    const client = connectProvider(server.wsUrl, boardId, '', { headers: { cookie: eve.cookie } });
    try {
      await client.synced();
      const closed = client.closed();
      expect((await ownerApi.call('DELETE', `/members/${eve.userId}`)).status).toBe(204);
      expect(await closed).toBe('unauthorized');
    } finally {
      client.destroy();
    }
  });

  it('a downgraded member’s socket closes with role-changed and reconnects read-only', async () => {
    const { server, boardId, ownerApi } = await boardWithOwner();
    const eve = await server.signUp({ email: 'eve@example.com', name: 'Eve' });
    await ownerApi.call('POST', '/members', { email: 'eve@example.com', role: 'editor' });
    const client = connectProvider(server.wsUrl, boardId, '', { headers: { cookie: eve.cookie } });
    let again: TestClient | undefined;
    try {
      await client.synced();
      expect(client.provider.authorizedScope).toBe('read-write');
      const closed = client.closed();
      const changed = await ownerApi.call('PUT', `/members/${eve.userId}`, { role: 'viewer' });
      expect(changed).toMatchObject({ status: 200, body: { userId: eve.userId, role: 'viewer' } });
      expect(await closed).toBe('role-changed');
      again = connectProvider(server.wsUrl, boardId, '', { headers: { cookie: eve.cookie } });
      await again.synced();
      expect(again.provider.authorizedScope).toBe('readonly');
    } finally {
      client.destroy();
      again?.destroy();
    }
  });

  it('a workspace role taken away closes the socket at once', async () => {
    const { server, owner, boardId } = await boardWithOwner();
    const wanda = await server.signUp({ email: 'wanda@example.com', name: 'Wanda' });
    server.setWorkspaceRole(wanda.userId, 'editor');
    const client = connectProvider(server.wsUrl, boardId, '', {
      headers: { cookie: wanda.cookie },
    });
    try {
      await client.synced();
      const closed = client.closed();
      const taken = await apiAs(
        server.url,
        { cookie: owner.cookie },
        'PUT',
        `/api/members/${wanda.userId}`,
        {
          role: null,
        },
      );
      expect(taken.status).toBe(200);
      expect(await closed).toBe('unauthorized');
    } finally {
      client.destroy();
    }
  });

  it('a link that expires closes its socket at the next message', async () => {
    const clock = { now: Date.now() };
    const server = await useTestServer({ env: { ...systemEnv, now: () => clock.now } });
    const editor = server.token('editor');
    const board = await apiAs<{ id: string }>(
      server.url,
      { bearer: editor },
      'POST',
      '/api/boards',
      {
        title: 'Soon gone',
        kind: 'roadmap',
      },
    );
    const link = server.shareLink(board.body.id, 'editor', { expiresAt: clock.now + 60_000 });
    const client = connectProvider(server.wsUrl, board.body.id, link.secret);
    try {
      await client.synced();
      clock.now += 60_000;
      const closed = client.closed();
      renameBoard(client.doc, 'Too late', asClient);
      expect(await closed).toBe('unauthorized');
      const stored = await apiAs<{ title: string }>(
        server.url,
        { bearer: editor },
        'GET',
        `/api/boards/${board.body.id}`,
      );
      expect(stored.body.title).toBe('Soon gone');
    } finally {
      client.destroy();
    }
  });

  it('refuses a socket upgrade from a foreign Origin with 403, before any WebSocket exists', async () => {
    const server = await useTestServer({
      variables: { CAIRN_ALLOWED_ORIGINS: 'https://cairn.example.com' },
    });
    const upgrade = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(server.wsUrl, { headers: { origin } });
        socket.on('unexpected-response', (_request, response) => {
          resolve(response.statusCode ?? 0);
          socket.terminate();
        });
        socket.on('open', () => {
          resolve(101);
          socket.close();
        });
        socket.on('error', (error) => {
          if (!/Unexpected server response/.test(error.message)) reject(error);
        });
      });
    expect(await upgrade('https://evil.example')).toBe(403);
    expect(await upgrade('https://cairn.example.com')).toBe(101);
    expect(await upgrade(server.url)).toBe(101);
  });

  it('drops stateless messages of unknown types from anyone, and summons from non-facilitators', async () => {
    const { server, owner } = await boardWithOwner();
    const canvas = await apiAs<{ id: string }>(
      server.url,
      { cookie: owner.cookie },
      'POST',
      '/api/boards',
      {
        title: 'Workshop',
        kind: 'canvas',
      },
    );
    const link = server.shareLink(canvas.body.id, 'editor', { label: 'Agency' });
    const facilitator = connectProvider(server.wsUrl, canvas.body.id, '', {
      headers: { cookie: owner.cookie },
    });
    const sender = connectProvider(server.wsUrl, canvas.body.id, link.secret);
    const listener = connectProvider(server.wsUrl, canvas.body.id, server.token('viewer'));
    try {
      await Promise.all([facilitator.synced(), sender.synced(), listener.synced()]);
      const received: unknown[] = [];
      listener.provider.on('stateless', ({ payload }: { payload: string }) =>
        received.push(JSON.parse(payload)),
      );
      sender.provider.sendStateless(JSON.stringify({ type: 'comment-typing', by: 'someone else' }));
      sender.provider.sendStateless(JSON.stringify({ type: 'summon' }));
      sender.provider.setAwarenessField('probe', 'sent');
      const awareness = listener.provider.awareness;
      if (!awareness) throw new Error('listener without awareness');
      await waitFor('the sender’s probe', awareness, 'change', () => {
        const state = awareness.getStates().get(sender.doc.clientID) as
          { probe?: string } | undefined;
        return state?.probe === 'sent';
      });
      facilitator.provider.sendStateless(JSON.stringify({ type: 'summon' }));
      await waitFor(
        'the facilitator’s summon',
        listener.provider,
        'stateless',
        () => received.length > 0,
      );
      expect(received).toEqual([{ type: 'summon', by: { id: owner.userId, name: 'Olive Owner' } }]);
    } finally {
      [facilitator, sender, listener].forEach((client) => client.destroy());
    }
  });
});

describe('managing who may use a board', () => {
  it('lists only boards the caller can read, and answers the caller’s role and the board’s people', async () => {
    const { server, owner, boardId, as } = await boardWithOwner();
    const bo = await server.signUp({ email: 'bo@example.com', name: 'Bo' });
    server.token('viewer', 'CI bot');
    const boApi = { cookie: bo.cookie };
    expect((await apiAs<unknown[]>(server.url, boApi, 'GET', '/api/boards')).body).toEqual([]);
    server.addMember(boardId, bo.userId, 'commenter');
    const listed = await apiAs<{ id: string }[]>(server.url, boApi, 'GET', '/api/boards');
    expect(listed.body.map((board) => board.id)).toEqual([boardId]);
    expect((await as(boApi).call('GET', '/role')).body).toEqual({ role: 'commenter' });
    const link = server.shareLink(boardId, 'viewer', { label: 'Guests' });
    const guestBoards = await apiAs<{ id: string }[]>(
      server.url,
      { bearer: link.secret },
      'GET',
      '/api/boards',
    );
    expect(guestBoards.body.map((board) => board.id)).toEqual([boardId]);
    const me = await apiAs(server.url, { bearer: link.secret }, 'GET', '/api/me');
    expect(me.body).toMatchObject({
      id: `link:${link.id}`,
      name: 'Guests (guest)',
      kind: 'guest',
      role: null,
    });
    const people = await as({ bearer: link.secret }).call<
      { id: string; name: string; kind: string }[]
    >('GET', '/people');
    expect(people.body).toEqual([
      { id: owner.userId, name: 'Olive Owner', kind: 'user' },
      { id: bo.userId, name: 'Bo', kind: 'user' },
      { id: expect.any(String) as string, name: 'CI bot', kind: 'token' },
    ]);
  });

  it('lets board admins add, change and remove members, and nobody else', async () => {
    const { server, owner, boardId, ownerApi, as } = await boardWithOwner();
    const bo = await server.signUp({ email: 'bo@example.com', name: 'Bo' });
    const added = await ownerApi.call('POST', '/members', {
      email: ' Bo@Example.com ',
      role: 'editor',
    });
    expect(added).toMatchObject({
      status: 201,
      body: { userId: bo.userId, name: 'Bo', email: 'bo@example.com', role: 'editor' },
    });
    expect(
      (await ownerApi.call('POST', '/members', { email: 'nobody@example.com', role: 'viewer' }))
        .status,
    ).toBe(404);
    expect(
      (await ownerApi.call('POST', '/members', { email: 'bo@example.com', role: 'owner' })).status,
    ).toBe(400);
    const members = await ownerApi.call<{ userId: string; role: string }[]>('GET', '/members');
    expect(members.body.map((entry) => [entry.userId, entry.role])).toEqual([
      [owner.userId, 'admin'],
      [bo.userId, 'editor'],
    ]);
    // Someone holding a share link sees who is on the board, never their email addresses.
    const link = server.shareLink(boardId, 'editor');
    const seenByGuest = await as({ bearer: link.secret }).call<{ name: string; email: unknown }[]>(
      'GET',
      '/members',
    );
    expect(seenByGuest.body.map((entry) => [entry.name, entry.email])).toEqual([
      ['Olive Owner', null],
      ['Bo', null],
    ]);
    const boApi = as({ cookie: bo.cookie });
    expect((await boApi.call('PUT', `/members/${owner.userId}`, { role: 'viewer' })).status).toBe(
      403,
    );
    expect((await boApi.call('DELETE', `/members/${owner.userId}`)).status).toBe(403);
    expect((await ownerApi.call('PUT', `/members/${bo.userId}`, { role: 'admin' })).status).toBe(
      200,
    );
    expect((await ownerApi.call('DELETE', `/members/${bo.userId}`)).status).toBe(204);
    expect((await ownerApi.call('DELETE', `/members/${bo.userId}`)).status).toBe(404);
    expect((await boApi.call('GET', '')).status).toBe(404);
    for (const path of ['/members', '/share-links']) {
      const nowhere = await apiAs(
        server.url,
        { cookie: owner.cookie },
        'POST',
        `/api/boards/NoSuchBoard1234${path}`,
        {
          email: 'bo@example.com',
          role: 'viewer',
        },
      );
      expect(nowhere.status, path).toBe(404);
    }
  });

  it('lets editors share up to their own role, never admin, and revoke only their own links', async () => {
    const { server, boardId, ownerApi, as } = await boardWithOwner();
    const eve = await server.signUp({ email: 'eve@example.com', name: 'Eve' });
    const cam = await server.signUp({ email: 'cam@example.com', name: 'Cam' });
    server.addMember(boardId, eve.userId, 'editor');
    server.addMember(boardId, cam.userId, 'commenter');
    const eveApi = as({ cookie: eve.cookie });

    expect((await eveApi.call('POST', '/share-links', { role: 'admin' })).status).toBe(400);
    expect(
      (await as({ cookie: cam.cookie }).call('POST', '/share-links', { role: 'viewer' })).status,
    ).toBe(403);
    expect(
      (await eveApi.call('POST', '/share-links', { role: 'viewer', expiresAt: 1 })).status,
    ).toBe(400);
    const evesLink = await eveApi.call<{
      id: string;
      secret: string;
      createdBy: { id: string; name: string };
    }>('POST', '/share-links', {
      role: 'editor',
      label: 'Agency',
      expiresAt: Date.now() + 3_600_000,
    });
    expect(evesLink).toMatchObject({
      status: 201,
      body: { createdBy: { id: eve.userId, name: 'Eve' } },
    });
    const ownersLink = await ownerApi.call<{ id: string; secret: string }>('POST', '/share-links', {
      role: 'viewer',
    });

    // A role lent by a link does not let its holder mint links that would outlive it.
    const guestApi = as({ bearer: evesLink.body.secret });
    expect((await guestApi.call('POST', '/share-links', { role: 'viewer' })).status).toBe(403);

    const listed = await eveApi.call<{ id: string; label: string; secret?: string }[]>(
      'GET',
      '/share-links',
    );
    expect(listed.body.map((link) => link.id)).toEqual([evesLink.body.id, ownersLink.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain('cairnlink_');
    expect((await as({ cookie: cam.cookie }).call('GET', '/share-links')).status).toBe(403);

    expect((await eveApi.call('DELETE', `/share-links/${ownersLink.body.id}`)).status).toBe(403);
    expect((await eveApi.call('DELETE', `/share-links/${evesLink.body.id}`)).status).toBe(204);
    expect((await ownerApi.call('DELETE', `/share-links/${ownersLink.body.id}`)).status).toBe(204);
    expect((await ownerApi.call('DELETE', '/share-links/nope')).status).toBe(404);
  });

  it('checks both boards of a cross-board link, and searches only readable boards', async () => {
    const { server, boardId, ownerApi } = await boardWithOwner();
    const personas = await apiAs<{ id: string }>(
      server.url,
      { bearer: server.token('admin') },
      'POST',
      '/api/boards',
      {
        title: 'Secret personas',
        kind: 'personas',
      },
    );
    const persona = await apiAs<{ id: string }>(
      server.url,
      { bearer: server.token('admin') },
      'POST',
      `/api/boards/${personas.body.id}/items`,
      { title: 'Hidden Hannah' },
    );
    const item = await ownerApi.call<{ id: string }>('POST', '/items', { title: 'Login' });
    const eve = await server.signUp({ email: 'eve@example.com', name: 'Eve' });
    server.addMember(boardId, eve.userId, 'editor');
    const asEve = { cookie: eve.cookie };
    const linkBody = {
      from: { collection: 'items', id: item.body.id },
      to: { boardId: personas.body.id, itemId: persona.body.id },
    };
    const refused = await apiAs<{ error: string }>(
      server.url,
      asEve,
      'POST',
      `/api/boards/${boardId}/links`,
      linkBody,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/no such board/);
    const search = await apiAs<unknown[]>(server.url, asEve, 'GET', '/api/entries?kind=personas');
    expect(search.body).toEqual([]);

    expect((await ownerApi.call('POST', '/links', linkBody)).status).toBe(201);
    const seenByEve = await apiAs<{ entries: { outgoing: unknown[] }[] }>(
      server.url,
      asEve,
      'GET',
      `/api/boards/${boardId}/links`,
    );
    expect(seenByEve.body.entries.flatMap((entry) => entry.outgoing)).toEqual([]);
    expect(JSON.stringify(seenByEve.body)).not.toContain('Hidden Hannah');
  });
});
