import { isDeepStrictEqual } from 'node:util';
import { readBoardTitle, renameBoard, systemEnv, type OperationContext } from '@cairn/model';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import type { Role } from '@cairn/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../support/api.js';
import {
  awarenessFrame,
  broadcastStatelessFrame,
  queryAwarenessFrame,
  statelessFrame,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
  type ServerMessage,
} from '../support/collabFrames.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.js';
import { reportReliability } from '../support/reliability.js';
import { waitFor } from '../support/waitFor.js';

const asClient: OperationContext = {
  origin: { kind: 'local-user', userId: 'authz' },
  env: systemEnv,
};

type Principal = 'none' | 'bad' | 'revoked' | Role;

/** What each message type does for a principal: the matrix this file proves. */
interface Outcome {
  /** The answer to the token. */
  readonly auth: string;
  /** Sync step 1: the server answers with its state (step 2). */
  readonly step1: 'answered' | 'ignored';
  /** Sync step 2 and update carrying an edit: applied to the board, or not. */
  readonly step2: 'applied' | 'refused' | 'ignored';
  readonly update: 'applied' | 'refused' | 'ignored';
  /** Awareness with the socket's own id: relayed (stamped with the server's identity) or not. */
  readonly awareness: 'relayed' | 'ignored';
  /** Awareness for fabricated ids: never relayed. */
  readonly fabricated: 'relayed' | 'dropped' | 'ignored';
  /** Stateless summon: relayed only for a facilitator. */
  readonly stateless: 'relayed' | 'dropped' | 'ignored';
  readonly restRead: number;
  readonly restWrite: number;
}

const NOBODY: Outcome = {
  auth: 'denied: unauthorized',
  step1: 'ignored',
  step2: 'ignored',
  update: 'ignored',
  awareness: 'ignored',
  fabricated: 'ignored',
  stateless: 'ignored',
  restRead: 401,
  restWrite: 401,
};

const READER = (scope: string): Outcome => ({
  auth: `authenticated: ${scope}`,
  step1: 'answered',
  step2: 'refused',
  update: 'refused',
  awareness: 'relayed',
  fabricated: 'dropped',
  stateless: 'dropped',
  restRead: 200,
  restWrite: 403,
});

const EXPECTED: Readonly<Record<Principal, Outcome>> = {
  none: NOBODY,
  bad: NOBODY,
  revoked: NOBODY,
  viewer: READER('readonly'),
  commenter: READER('readonly'),
  editor: { ...READER('read-write'), step2: 'applied', update: 'applied', restWrite: 200 },
  // The admin token is made a facilitator of the canvas, so its summon goes out.
  admin: {
    ...READER('read-write'),
    step2: 'applied',
    update: 'applied',
    stateless: 'relayed',
    restWrite: 200,
  },
};

const PRINCIPALS = Object.keys(EXPECTED) as Principal[];

interface World {
  readonly server: TestServer;
  readonly boardId: string;
  readonly ownerToken: string;
  readonly watcher: TestClient;
  readonly summons: string[];
}

function tokenOf(world: World, principal: Principal): { token: string; id?: string } {
  switch (principal) {
    case 'none':
      return { token: '' };
    case 'bad':
      return { token: 'cairn_not-a-real-token' };
    case 'revoked': {
      const created = world.server.server.tokens.create('Revoked', 'admin');
      world.server.server.tokens.revoke(created.id);
      return { token: created.token };
    }
    default: {
      const created = world.server.server.tokens.create(`${principal} principal`, principal);
      return { token: created.token, id: created.id };
    }
  }
}

async function title(world: World): Promise<string> {
  const board = await api<{ title: string }>(
    world.server.url,
    world.ownerToken,
    'GET',
    `/api/boards/${world.boardId}`,
  );
  return board.body.title;
}

/** The edit a frame carries: a rename, as an update against the board's current state. */
function renameUpdate(doc: Y.Doc, newTitle: string): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  renameBoard(doc, newTitle, asClient);
  doc.off('update', record);
  return Y.mergeUpdates(updates);
}

const syncStatus = (message: ServerMessage) => message.type === 'sync-status';

/**
 * Sends every message type as `principal` over a raw socket and reads what happened: the
 * server's answers to the socket, what the watcher (an admin's official provider) saw, and the
 * board's title over REST.
 */
async function probe(world: World, principal: Principal): Promise<Outcome> {
  const { token, id } = tokenOf(world, principal);
  if (principal === 'admin' && id) {
    const made = await api(
      world.server.url,
      world.ownerToken,
      'PUT',
      `/api/boards/${world.boardId}/facilitators/${id}`,
      { name: 'admin principal' },
    );
    expect(made.status).toBe(200);
  }
  const board = `/api/boards/${world.boardId}`;
  const restRead = (await api(world.server.url, token, 'GET', board)).status;
  const restWrite = (
    await api(world.server.url, token, 'PATCH', board, { title: `REST ${principal}` })
  ).status;
  if (restWrite === 200) {
    await api(world.server.url, world.ownerToken, 'PATCH', board, { title: 'Matrix' });
  }

  const socket = await openRawCollabSocket(world.server.wsUrl);
  try {
    const answer = await socket.authenticate(world.boardId, token);
    const auth =
      answer.type === 'authenticated'
        ? `authenticated: ${answer.scope}`
        : answer.type === 'denied'
          ? `denied: ${answer.reason}`
          : 'other';
    if (answer.type !== 'authenticated') {
      return { ...(await probeUnauthenticated(world, socket)), auth, restRead, restWrite };
    }
    return { ...(await probeAuthenticated(world, socket, principal)), auth, restRead, restWrite };
  } finally {
    socket.close();
  }
}

/** A denied socket: every frame it sends anyway is queued for an authentication that never comes. */
async function probeUnauthenticated(
  world: World,
  socket: RawCollabSocket,
): Promise<Omit<Outcome, 'auth' | 'restRead' | 'restWrite'>> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(world.watcher.doc));
  const before = await title(world);
  const from = socket.received.length;
  const summonsBefore = world.summons.length;
  socket.send(syncStep1Frame(world.boardId, Y.encodeStateVector(doc)));
  socket.send(syncStep2Frame(world.boardId, renameUpdate(doc, 'step2 by nobody')));
  socket.send(updateFrame(world.boardId, renameUpdate(doc, 'update by nobody')));
  socket.send(awarenessFrame(world.boardId, [{ clientId: 4242, clock: 1, state: { probe: 1 } }]));
  socket.send(statelessFrame(world.boardId, JSON.stringify({ type: 'summon' })));
  // A barrier through the watcher: an admin edit sent after, seen by the watcher.
  await api(world.server.url, world.ownerToken, 'PATCH', `/api/boards/${world.boardId}`, {
    title: before,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const answered = socket.received.slice(from);
  expect(await title(world)).toBe(before);
  expect(world.watcher.provider.awareness?.getStates().has(4242)).toBe(false);
  expect(world.summons.length).toBe(summonsBefore);
  expect(answered.filter((message) => message.type === 'sync')).toEqual([]);
  return {
    step1: 'ignored',
    step2: 'ignored',
    update: 'ignored',
    awareness: 'ignored',
    fabricated: 'ignored',
    stateless: 'ignored',
  };
}

async function probeAuthenticated(
  world: World,
  socket: RawCollabSocket,
  principal: Principal,
): Promise<Omit<Outcome, 'auth' | 'restRead' | 'restWrite'>> {
  const { boardId, watcher } = world;
  const awareness = watcher.provider.awareness;
  if (!awareness) throw new Error('watcher without awareness');
  const doc = new Y.Doc();

  const stateAnswer = socket.next((message) => message.type === 'sync' && message.step === 1);
  socket.send(syncStep1Frame(boardId, Y.encodeStateVector(doc)));
  const state = await stateAnswer.catch(() => null);
  if (state?.type === 'sync') Y.applyUpdate(doc, state.payload);
  const step1 = state ? 'answered' : 'ignored';

  const edit = async (kind: 'update' | 'step2') => {
    const newTitle = `${kind} by ${principal}`;
    const status = socket.next(syncStatus);
    const update = renameUpdate(doc, newTitle);
    socket.send(kind === 'update' ? updateFrame(boardId, update) : syncStep2Frame(boardId, update));
    const answer = await status;
    const applied = (await title(world)) === newTitle;
    expect(answer.type === 'sync-status' && answer.saved, `${kind} acknowledged`).toBe(applied);
    return applied ? 'applied' : 'refused';
  };
  const update = await edit('update');
  const step2 = await edit('step2');

  const own = doc.clientID;
  const stateOf = () =>
    awareness.getStates().get(own) as
      { probe?: number; user?: { role?: string; name?: string } } | undefined;
  const sendOwn = (clock: number) =>
    socket.send(
      awarenessFrame(boardId, [
        { clientId: own, clock, state: { probe: clock, user: { name: 'Forged', role: 'admin' } } },
      ]),
    );
  const seenProbe = (clock: number) =>
    waitFor(
      `presence ${clock} of ${principal}`,
      awareness,
      'change',
      () => stateOf()?.probe === clock,
    );
  sendOwn(1);
  await seenProbe(1);
  expect(stateOf()?.user?.role, 'presence carries the server’s role').toBe(principal);
  const awarenessOutcome = 'relayed';

  const fabricatedIds = [own + 1, own + 2, 999_999];
  socket.send(
    awarenessFrame(
      boardId,
      fabricatedIds.map((clientId) => ({ clientId, clock: 1, state: { fabricated: true } })),
    ),
  );
  sendOwn(2);
  await seenProbe(2);
  const fabricated = fabricatedIds.some((id) => awareness.getStates().has(id))
    ? 'relayed'
    : 'dropped';
  expect(fabricated).toBe('dropped');

  const summonsBefore = world.summons.length;
  socket.send(statelessFrame(boardId, JSON.stringify({ type: 'summon' })));
  socket.send(statelessFrame(boardId, JSON.stringify({ type: 'comments', thread: 'forged' })));
  sendOwn(3);
  await seenProbe(3);
  const relayed = world.summons.slice(summonsBefore);
  expect(relayed.every((payload) => !payload.includes('forged'))).toBe(true);
  const stateless = relayed.some((payload) => payload.includes('summon')) ? 'relayed' : 'dropped';

  return {
    step1,
    step2,
    update,
    awareness: awarenessOutcome,
    fabricated,
    stateless,
  };
}

describe('authorisation over every socket message type and REST', () => {
  let world: World;
  const table: { principal: Principal; outcome: Outcome }[] = [];

  beforeAll(async () => {
    const server = await startTestServer();
    const ownerToken = server.token('admin', 'Owner');
    const created = await api<{ id: string }>(server.url, ownerToken, 'POST', '/api/boards', {
      title: 'Matrix',
      kind: 'canvas',
    });
    const watcher = connectProvider(
      server.wsUrl,
      created.body.id,
      server.token('admin', 'Watcher'),
    );
    await watcher.synced();
    const summons: string[] = [];
    watcher.provider.on('stateless', ({ payload }: { payload: string }) => summons.push(payload));
    world = { server, boardId: created.body.id, ownerToken, watcher, summons };
  });

  afterAll(async () => {
    world.watcher.destroy();
    await world.server.stop();
    const rows = table.map(({ principal, outcome }) => ({
      measure: principal,
      value: [
        outcome.auth,
        `step 1 ${outcome.step1}`,
        `step 2 ${outcome.step2}`,
        `update ${outcome.update}`,
        `awareness ${outcome.awareness}`,
        `fabricated ids ${outcome.fabricated}`,
        `summon ${outcome.stateless}`,
        `REST read ${outcome.restRead}`,
        `REST write ${outcome.restWrite}`,
      ].join('; '),
      target: 'as docs/access.md',
      pass: isDeepStrictEqual(outcome, EXPECTED[principal]),
    }));
    if (rows.length === PRINCIPALS.length) {
      reportReliability({
        id: 'authz',
        title: '5. Authorisation matrix over socket messages and REST',
        method:
          'A raw `ws` socket per principal (no credentials, a forged token, a revoked token, and tokens of each role) sends sync step 1, sync step 2 and update frames carrying a rename, awareness for its own and for fabricated client ids, and stateless summon and forged comment messages, against a canvas board; an admin’s official provider watches what is relayed and REST shows what was applied. The admin token is a facilitator.',
        figures: rows,
        notes: [
          'Stateless messages other than a facilitator’s summon are relayed to no one; fabricated awareness ids never reach others; presence always carries the server’s role.',
        ],
      });
    }
  });

  for (const principal of PRINCIPALS) {
    it(`${principal}: ${JSON.stringify(EXPECTED[principal])}`, async () => {
      const outcome = await probe(world, principal);
      table.push({ principal, outcome });
      expect(outcome).toEqual(EXPECTED[principal]);
    });
  }

  it('a token revoked while its socket is open: the next update is not applied and the socket is closed', async () => {
    const created = world.server.server.tokens.create('Soon gone', 'editor');
    const socket = await openRawCollabSocket(world.server.wsUrl);
    try {
      expect(await socket.authenticate(world.boardId, created.token)).toMatchObject({
        type: 'authenticated',
      });
      const doc = new Y.Doc();
      const state = socket.next((message) => message.type === 'sync' && message.step === 1);
      socket.send(syncStep1Frame(world.boardId, Y.encodeStateVector(doc)));
      const answer = await state;
      if (answer.type === 'sync') Y.applyUpdate(doc, answer.payload);
      world.server.server.tokens.revoke(created.id);
      const closing = socket.next((message) => message.type === 'close');
      socket.send(updateFrame(world.boardId, renameUpdate(doc, 'after revocation')));
      expect(await closing).toEqual({ type: 'close', reason: 'unauthorized' });
      expect(await title(world)).not.toBe('after revocation');
      expect(readBoardTitle(world.watcher.doc)).not.toBe('after revocation');
    } finally {
      socket.close();
    }
  });

  it('server-internal and unknown frames close the socket that sent them, nobody else', async () => {
    const editor = world.server.token('editor', 'Internal');
    for (const frame of [
      broadcastStatelessFrame(world.boardId, JSON.stringify({ type: 'summon' })),
      Uint8Array.of(...queryAwarenessFrame(world.boardId).slice(0, -1), 99),
    ]) {
      const socket = await openRawCollabSocket(world.server.wsUrl);
      expect(await socket.authenticate(world.boardId, editor)).toMatchObject({
        type: 'authenticated',
      });
      const summonsBefore = world.summons.length;
      socket.send(frame);
      expect(await socket.closed).toEqual({ code: 4400, reason: 'malformed-message' });
      expect(world.summons.length).toBe(summonsBefore);
    }
    expect(world.watcher.provider.isSynced).toBe(true);
  });

  it('a board that does not exist, or a name that is not a board id, loads nothing', async () => {
    const admin = world.server.token('admin', 'Prober');
    const socket = await openRawCollabSocket(world.server.wsUrl);
    expect(await socket.authenticate('NoSuchBoard0000', admin)).toEqual({
      type: 'denied',
      reason: 'not-found',
    });
    expect(world.server.server.hocuspocus.documents.has('NoSuchBoard0000')).toBe(false);
    expect(await socket.authenticate('../../etc/passwd', admin)).toEqual({
      type: 'denied',
      reason: 'not-found',
    });
    expect([...world.server.server.hocuspocus.documents.keys()]).toEqual([world.boardId]);
  });
});
