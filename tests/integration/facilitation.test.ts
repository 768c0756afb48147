import {
  FACILITATION,
  FACILITATION_LIMITS,
  readFacilitation,
  type FacilitationPerson,
  type TimerView,
  type VoteView,
} from '@cairn/model';
import type { TestServer } from '@cairn/server/testing';
import { WebSocketStatus } from '@hocuspocus/provider';
import { describe, expect, it, onTestFinished } from 'vitest';
import type * as Y from 'yjs';
import { api, type ApiResponse } from '../support/api.js';
import { connectProvider, type TestClient } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

/** What the tldraw binding stores: `{key, val}` entries in the `tldraw` root array. */
const CANVAS_RECORDS = 'tldraw';

interface FacilitationResponse {
  facilitators: FacilitationPerson[];
  timer: TimerView | null;
  vote: VoteView | null;
  serverTime: number;
  me: { isFacilitator: boolean; ballot: Record<string, number> | null; dotsLeft: number | null };
}

interface Person {
  readonly token: string;
  readonly id: string;
  readonly name: string;
}

const ROLES = ['viewer', 'commenter', 'editor', 'admin'] as const;
type PersonKey = (typeof ROLES)[number] | 'facilitator';

async function person(server: TestServer, role: (typeof ROLES)[number], name: string) {
  const token = server.token(role, name);
  const me = await api<{ id: string }>(server.url, token, 'GET', '/api/me');
  return { token, id: me.body.id, name };
}

function shapeRecord(id: string) {
  return { typeName: 'shape', id, type: 'note', parentId: 'page:page', x: 0, y: 0, props: {} };
}

/** Opens a provider for the test; destroyed in its teardown. */
async function connect(server: TestServer, boardId: string, who: Person): Promise<TestClient> {
  const client = connectProvider(server.wsUrl, boardId, who.token);
  onTestFinished(() => client.destroy());
  await client.synced();
  return client;
}

/** Adds shapes to the canvas as the tldraw binding would, and waits until the server has them. */
async function addShapes(client: TestClient, ids: readonly string[]): Promise<void> {
  client.doc.transact(() =>
    client.doc.getArray(CANVAS_RECORDS).push(ids.map((id) => ({ key: id, val: shapeRecord(id) }))),
  );
  await client.acknowledged();
}

async function deleteShape(client: TestClient, id: string): Promise<void> {
  const records = client.doc.getArray<{ key: string }>(CANVAS_RECORDS);
  records.delete(
    records.toArray().findIndex((entry) => entry.key === id),
    1,
  );
  await client.acknowledged();
}

/** Resolves once `check` holds for the facilitation state in `doc`. */
function waitForState(
  doc: Y.Doc,
  what: string,
  check: (view: ReturnType<typeof readFacilitation>) => boolean,
) {
  return waitFor(what, doc, 'update', () => check(readFacilitation(doc)));
}

/** A server, one person of each role, and a canvas board created by the facilitator (an editor). */
async function workshop() {
  const server = await useTestServer();
  const people: Record<PersonKey, Person> = {
    facilitator: await person(server, 'editor', 'Fran Facilitator'),
    viewer: await person(server, 'viewer', 'Vic Viewer'),
    commenter: await person(server, 'commenter', 'Cam Commenter'),
    editor: await person(server, 'editor', 'Eve Editor'),
    admin: await person(server, 'admin', 'Ada Admin'),
  };
  const created = await api<{ id: string }>(
    server.url,
    people.facilitator.token,
    'POST',
    '/api/boards',
    { kind: 'canvas', title: 'Discovery workshop' },
  );
  expect(created.status).toBe(201);
  const boardId = created.body.id;
  const call = <T = { error: string }>(
    who: PersonKey,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> =>
    api<T>(server.url, people[who].token, method, `/api/boards/${boardId}${path}`, body);
  const state = async (who: PersonKey = 'facilitator') =>
    (await call<FacilitationResponse>(who, 'GET', '/facilitation')).body;
  /** The state every person sees, without the clock and the caller's own part. */
  const shared = async () => {
    const { facilitators, timer, vote } = await state();
    return { facilitators, timer, vote };
  };
  return { server, people, boardId, call, state, shared };
}

describe('facilitation of canvas boards', () => {
  it('makes the creator the facilitator, who runs a timer and a vote seen live by others', async () => {
    const { server, people, boardId, call, state } = await workshop();
    const fran = { id: people.facilitator.id, name: people.facilitator.name };
    const watcher = await connect(server, boardId, people.commenter);
    const initial = await state();
    expect(initial).toMatchObject({
      facilitators: [fran],
      timer: null,
      vote: null,
      me: { isFacilitator: true, ballot: null, dotsLeft: null },
    });
    expect((await state('editor')).me.isFacilitator).toBe(false);

    const before = Date.now();
    const started = await call<{ timer: TimerView }>('facilitator', 'POST', '/timer', {
      durationSeconds: 300,
    });
    expect(started.status).toBe(200);
    expect(started.body.timer).toMatchObject({ durationMs: 300_000, startedBy: fran });
    expect(started.body.timer.endsAt).toBeGreaterThanOrEqual(before + 300_000);
    const withTimer = await state('viewer');
    expect(withTimer.timer).toEqual(started.body.timer);
    const remaining = started.body.timer.endsAt - withTimer.serverTime;
    expect(remaining).toBeGreaterThan(290_000);
    expect(remaining).toBeLessThanOrEqual(300_000);
    await waitForState(watcher.doc, 'the timer', (view) => view.timer !== null);
    expect(readFacilitation(watcher.doc).timer).toEqual(started.body.timer);

    expect((await call('facilitator', 'DELETE', '/timer')).body).toEqual({ timer: null });
    await waitForState(watcher.doc, 'the stopped timer', (view) => view.timer === null);

    const author = await connect(server, boardId, people.editor);
    await addShapes(author, ['shape:a', 'shape:b']);
    const opened = await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 3 });
    expect(opened.status).toBe(201);
    expect(opened.body.vote).toMatchObject({
      status: 'open',
      budget: 3,
      openedBy: fran,
      voters: 0,
      results: null,
    });
    const voteId = opened.body.vote.id;
    await waitForState(watcher.doc, 'the open vote', (view) => view.vote?.id === voteId);

    const ballot = (who: PersonKey, dots: Record<string, number>) =>
      call<{ ballot: Record<string, number>; dotsLeft: number }>(
        who,
        'PUT',
        `/votes/${voteId}/ballot`,
        { dots },
      );
    expect((await ballot('commenter', { 'shape:a': 3 })).body).toEqual({
      ballot: { 'shape:a': 3 },
      dotsLeft: 0,
    });
    // A new ballot replaces the whole previous one.
    expect((await ballot('commenter', { 'shape:a': 1, 'shape:b': 1 })).body).toEqual({
      ballot: { 'shape:a': 1, 'shape:b': 1 },
      dotsLeft: 1,
    });
    expect((await ballot('editor', { 'shape:b': 2 })).status).toBe(200);
    expect((await state('commenter')).me).toEqual({
      isFacilitator: false,
      ballot: { 'shape:a': 1, 'shape:b': 1 },
      dotsLeft: 1,
    });
    await waitForState(watcher.doc, 'two voters', (view) => view.vote?.voters === 2);

    const revealed = await call<{ vote: VoteView }>(
      'facilitator',
      'POST',
      `/votes/${voteId}/reveal`,
    );
    expect(revealed.status).toBe(200);
    expect(revealed.body.vote).toMatchObject({ id: voteId, status: 'revealed', voters: 2 });
    expect(revealed.body.vote.results).toEqual([
      { shapeId: 'shape:b', dots: 3, rank: 1 },
      { shapeId: 'shape:a', dots: 1, rank: 2 },
    ]);
    await waitForState(watcher.doc, 'the results', (view) => view.vote?.status === 'revealed');
    expect(readFacilitation(watcher.doc).vote).toEqual(revealed.body.vote);
    expect((await state('commenter')).me).toMatchObject({ ballot: null, dotsLeft: null });

    expect((await call('facilitator', 'DELETE', `/votes/${voteId}`)).body).toEqual({
      vote: null,
    });
    await waitForState(watcher.doc, 'the ended vote', (view) => view.vote === null);
  });

  it('keeps ballots hidden until the reveal: not in the document, not in others’ answers', async () => {
    const { server, people, boardId, call, state } = await workshop();
    const author = await connect(server, boardId, people.editor);
    await addShapes(author, ['shape:secret-1', 'shape:secret-2']);
    const vote = (await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 5 }))
      .body.vote;
    await call('commenter', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:secret-1': 4 } });
    await call('admin', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:secret-2': 1 } });

    expect((await state('editor')).me).toEqual({ isFacilitator: false, ballot: {}, dotsLeft: 5 });
    expect((await state('facilitator')).me).toEqual({
      isFacilitator: true,
      ballot: {},
      dotsLeft: 5,
    });
    expect((await state('viewer')).me).toEqual({
      isFacilitator: false,
      ballot: null,
      dotsLeft: null,
    });
    expect((await state('admin')).me.ballot).toEqual({ 'shape:secret-2': 1 });
    const everyone = await state('viewer');
    expect(JSON.stringify(everyone)).not.toMatch(/secret/);

    // The document holds the count of voters and nothing else about the ballots.
    await waitForState(author.doc, 'two voters', (view) => view.vote?.voters === 2);
    const stored = JSON.stringify(author.doc.getMap(FACILITATION).toJSON());
    expect(stored).not.toMatch(/secret/);
    expect(readFacilitation(author.doc).vote).toMatchObject({ status: 'open', results: null });
  });

  it('ranks with ties sharing a rank, leaving out shapes deleted during the vote', async () => {
    const { server, people, boardId, call } = await workshop();
    const author = await connect(server, boardId, people.editor);
    await addShapes(author, ['shape:a', 'shape:b', 'shape:c', 'shape:d', 'shape:gone']);
    const vote = (await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 5 }))
      .body.vote;
    const ballots: [PersonKey, Record<string, number>][] = [
      ['commenter', { 'shape:b': 2, 'shape:a': 1, 'shape:gone': 2 }],
      ['editor', { 'shape:a': 2, 'shape:b': 1, 'shape:c': 1 }],
      ['admin', { 'shape:c': 1, 'shape:d': 1 }],
    ];
    for (const [who, dots] of ballots) {
      expect((await call(who, 'PUT', `/votes/${vote.id}/ballot`, { dots })).status).toBe(200);
    }
    await deleteShape(author, 'shape:gone');
    const revealed = await call<{ vote: VoteView }>(
      'facilitator',
      'POST',
      `/votes/${vote.id}/reveal`,
    );
    expect(revealed.body.vote.results).toEqual([
      { shapeId: 'shape:a', dots: 3, rank: 1 },
      { shapeId: 'shape:b', dots: 3, rank: 1 },
      { shapeId: 'shape:c', dots: 2, rank: 3 },
      { shapeId: 'shape:d', dots: 1, rank: 4 },
    ]);
    expect(revealed.body.vote.voters).toBe(3);
  });

  it('lets only facilitators run timers and votes, only admins name facilitators', async () => {
    const { server, people, boardId, call, shared } = await workshop();
    const author = await connect(server, boardId, people.editor);
    await addShapes(author, ['shape:a']);
    const vote = (await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 3 }))
      .body.vote;
    const before = await shared();

    const facilitatorOnly: [string, string, unknown?][] = [
      ['POST', '/timer', { durationSeconds: 60 }],
      ['DELETE', '/timer'],
      ['POST', '/votes', { budget: 3 }],
      ['POST', `/votes/${vote.id}/reveal`],
      ['DELETE', `/votes/${vote.id}`],
    ];
    for (const who of ROLES) {
      for (const [method, path, body] of facilitatorOnly) {
        const response = await call(who, method, path, body);
        expect(response.status, `${who} ${method} ${path}`).toBe(403);
        expect(response.body.error).toMatch(/facilitator/);
      }
    }
    const adminOnly: [string, string, unknown?][] = [
      ['PUT', `/facilitators/${people.editor.id}`, { name: 'Eve' }],
      ['DELETE', `/facilitators/${people.facilitator.id}`],
    ];
    for (const who of ['viewer', 'commenter', 'editor', 'facilitator'] as const) {
      for (const [method, path, body] of adminOnly) {
        const response = await call(who, method, path, body);
        expect(response.status, `${who} ${method} ${path}`).toBe(403);
        expect(response.body.error).toMatch(/admin/);
      }
    }
    const viewerBallot = await call('viewer', 'PUT', `/votes/${vote.id}/ballot`, {
      dots: { 'shape:a': 1 },
    });
    expect(viewerBallot.status).toBe(403);
    expect(await shared()).toEqual(before);

    for (const who of [...ROLES, 'facilitator'] as const) {
      expect((await call(who, 'GET', '/facilitation')).status, who).toBe(200);
    }
    for (const who of ['commenter', 'editor', 'admin', 'facilitator'] as const) {
      const response = await call(who, 'PUT', `/votes/${vote.id}/ballot`, {
        dots: { 'shape:a': 1 },
      });
      expect(response.status, who).toBe(200);
    }

    // An admin who is not a facilitator makes themselves one, then may run the session.
    const added = await call<{ facilitators: FacilitationPerson[] }>(
      'admin',
      'PUT',
      `/facilitators/${people.admin.id}`,
      { name: ' Ada the Admin ' },
    );
    expect(added.body.facilitators).toEqual([
      { id: people.facilitator.id, name: people.facilitator.name },
      { id: people.admin.id, name: 'Ada the Admin' },
    ]);
    expect((await call('admin', 'POST', '/timer', { durationSeconds: 60 })).status).toBe(200);
    const removed = await call<{ facilitators: FacilitationPerson[] }>(
      'admin',
      'DELETE',
      `/facilitators/${people.facilitator.id}`,
    );
    expect(removed.body.facilitators).toEqual([{ id: people.admin.id, name: 'Ada the Admin' }]);
    expect((await call('facilitator', 'DELETE', '/timer')).status).toBe(403);
    expect((await call('admin', 'DELETE', '/timer')).status).toBe(200);
  });

  it('answers bad input with a reason and the wrong state with 409, writing nothing', async () => {
    const { server, people, boardId, call, shared } = await workshop();
    const author = await connect(server, boardId, people.editor);
    await addShapes(author, ['shape:a', 'shape:b']);
    const vote = (await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 3 }))
      .body.vote;
    const before = await shared();
    const { minTimerSeconds, maxTimerSeconds, maxDotBudget } = FACILITATION_LIMITS;
    const cases: [PersonKey, string, string, unknown, number, RegExp][] = [
      ['facilitator', 'POST', '/timer', { durationSeconds: minTimerSeconds - 1 }, 400, /seconds/],
      ['facilitator', 'POST', '/timer', { durationSeconds: maxTimerSeconds + 1 }, 400, /seconds/],
      ['facilitator', 'POST', '/timer', { durationSeconds: 60.5 }, 400, /seconds/],
      ['facilitator', 'POST', '/timer', { durationSeconds: '60' }, 400, /durationSeconds/],
      ['facilitator', 'POST', '/timer', {}, 400, /durationSeconds/],
      ['facilitator', 'POST', '/timer', '{"durationSeconds":', 400, /JSON/],
      ['facilitator', 'POST', '/votes', { budget: 0 }, 400, /dots/],
      ['facilitator', 'POST', '/votes', { budget: maxDotBudget + 1 }, 400, /dots/],
      ['facilitator', 'POST', '/votes', { budget: 3, extra: 1 }, 400, /extra/],
      ['admin', 'PUT', `/facilitators/${people.editor.id}`, { name: '  ' }, 400, /Name/],
      ['admin', 'PUT', `/facilitators/${people.editor.id}`, {}, 400, /name/],
      ['admin', 'PUT', '/facilitators/no-such-token', { name: 'Ghost' }, 404, /token/],
      ['admin', 'DELETE', `/facilitators/${people.editor.id}`, undefined, 404, /not a facilitator/],
      ['editor', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:a': 4 } }, 400, /allows 3/],
      [
        'editor',
        'PUT',
        `/votes/${vote.id}/ballot`,
        { dots: { 'shape:a': 2, 'shape:b': 2 } },
        400,
        /allows 3/,
      ],
      ['editor', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:z': 1 } }, 400, /shape/],
      ['editor', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:a': 0 } }, 400, /dots/],
      ['editor', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:a': 1.5 } }, 400, /dots/],
      ['editor', 'PUT', `/votes/${vote.id}/ballot`, { dots: ['shape:a'] }, 400, /dots/],
      ['editor', 'PUT', '/votes/old-vote/ballot', { dots: { 'shape:a': 1 } }, 409, /not open/],
      ['facilitator', 'POST', '/votes/old-vote/reveal', undefined, 409, /not the current/],
      ['facilitator', 'DELETE', '/votes/old-vote', undefined, 409, /not the current/],
    ];
    for (const [who, method, path, body, status, reason] of cases) {
      const response = await call(who, method, path, body);
      const label = `${who} ${method} ${path} ${JSON.stringify(body)}`;
      expect(response.status, label).toBe(status);
      expect(response.body.error, label).toMatch(reason);
    }
    expect(await shared()).toEqual(before);
    expect((await call<FacilitationResponse>('editor', 'GET', '/facilitation')).body.me).toEqual({
      isFacilitator: false,
      ballot: {},
      dotsLeft: 3,
    });

    await call('facilitator', 'POST', `/votes/${vote.id}/reveal`);
    const late = await call('editor', 'PUT', `/votes/${vote.id}/ballot`, {
      dots: { 'shape:a': 1 },
    });
    expect(late.status).toBe(409);
    expect((await call('facilitator', 'POST', `/votes/${vote.id}/reveal`)).status).toBe(409);

    const missing = await api<{ error: string }>(
      server.url,
      people.admin.token,
      'GET',
      '/api/boards/NoSuchBoard12345/facilitation',
    );
    expect(missing.status).toBe(404);
    const roadmap = await api<{ id: string }>(
      server.url,
      people.editor.token,
      'POST',
      '/api/boards',
      {
        kind: 'roadmap',
        title: 'Not a canvas',
      },
    );
    for (const [method, path, body] of [
      ['GET', '/facilitation', undefined],
      ['POST', '/timer', { durationSeconds: 60 }],
      ['PUT', `/facilitators/${people.editor.id}`, { name: 'Eve' }],
    ] as const) {
      const response = await api<{ error: string }>(
        server.url,
        people.admin.token,
        method,
        `/api/boards/${roadmap.body.id}${path}`,
        body,
      );
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body.error).toMatch(/not a canvas/);
    }
  });

  it('closes a socket that writes the facilitation root, changing nothing; honest edits go on', async () => {
    const { server, people, boardId, call, shared } = await workshop();
    await call('facilitator', 'POST', '/timer', { durationSeconds: 120 });
    const observer = await connect(server, boardId, people.facilitator);
    const mallory = await connect(server, boardId, people.editor);
    await addShapes(mallory, ['shape:honest-before']);
    const before = await shared();

    const closed = mallory.closed();
    mallory.doc.transact(() => {
      mallory.doc
        .getArray(CANVAS_RECORDS)
        .push([{ key: 'shape:smuggled', val: shapeRecord('shape:smuggled') }]);
      mallory.doc.getMap(FACILITATION).set('facilitators', [{ id: people.editor.id, name: 'Eve' }]);
      mallory.doc.getMap(FACILITATION).delete('timer');
    });
    expect(await closed).toBe('forbidden');

    // A later server write reaches the observer; the forged one, sent earlier, never did.
    await call('facilitator', 'POST', '/votes', { budget: 2 });
    await waitForState(observer.doc, 'the vote', (view) => view.vote !== null);
    expect(readFacilitation(observer.doc).facilitators).toEqual(before.facilitators);
    expect(readFacilitation(observer.doc).timer).toEqual(before.timer);
    const after = await shared();
    expect(after.facilitators).toEqual(before.facilitators);
    expect(after.timer).toEqual(before.timer);
    const keys = () =>
      observer.doc
        .getArray<{ key: string }>(CANVAS_RECORDS)
        .toArray()
        .map((entry) => entry.key);
    expect(keys()).toEqual(['shape:honest-before']);

    // The same person on a new connection edits the canvas as usual.
    const again = await connect(server, boardId, people.editor);
    await addShapes(again, ['shape:honest-after']);
    await waitFor('the new shape', observer.doc, 'update', () =>
      keys().includes('shape:honest-after'),
    );
    expect(keys()).toEqual(['shape:honest-before', 'shape:honest-after']);

    // A forged change the provider never sends as an update travels in the next sync step 2.
    const sneaky = await connect(server, boardId, people.editor);
    sneaky.doc.transact(() => sneaky.doc.getMap(FACILITATION).set('timer', null), sneaky.provider);
    const socket = sneaky.provider.configuration.websocketProvider;
    const offline = waitFor(
      'the disconnect',
      socket,
      'status',
      () => socket.status === WebSocketStatus.Disconnected,
    );
    socket.disconnect();
    await offline;
    const refused = sneaky.closed();
    await socket.connect();
    expect(await refused).toBe('forbidden');
    expect((await shared()).timer).toEqual(before.timer);
  });

  it('accepts honest edits made offline while the server rewrote the facilitation state', async () => {
    const { server, people, boardId, call } = await workshop();
    const observer = await connect(server, boardId, people.facilitator);
    const traveller = await connect(server, boardId, people.editor);
    await addShapes(traveller, ['shape:1', 'shape:2']);
    // Overwrites the traveller has seen: its delete set now names items of the guarded root.
    await call('facilitator', 'POST', '/timer', { durationSeconds: 30 });
    await call('facilitator', 'POST', '/timer', { durationSeconds: 40 });
    await waitForState(
      traveller.doc,
      'the second timer',
      (view) => view.timer?.durationMs === 40_000,
    );
    const socket = traveller.provider.configuration.websocketProvider;
    const disconnected = waitFor(
      'the disconnect',
      socket,
      'status',
      () => socket.status === WebSocketStatus.Disconnected,
    );
    socket.disconnect();
    await disconnected;

    // Offline: the server replaces facilitation values (deleting old items) many times over.
    await call('facilitator', 'POST', '/timer', { durationSeconds: 60 });
    await call('facilitator', 'POST', '/timer', { durationSeconds: 90 });
    const vote = (await call<{ vote: VoteView }>('facilitator', 'POST', '/votes', { budget: 2 }))
      .body.vote;
    await call('commenter', 'PUT', `/votes/${vote.id}/ballot`, { dots: { 'shape:1': 1 } });
    const records = traveller.doc.getArray<{ key: string; val: unknown }>(CANVAS_RECORDS);
    traveller.doc.transact(() => {
      records.delete(0, 1);
      records.push([{ key: 'shape:3', val: shapeRecord('shape:3') }]);
    });
    traveller.doc.getMap('tldrawMeta').set('schema', { offline: true });

    await socket.connect();
    await traveller.synced();
    await traveller.acknowledged();
    await waitFor('the offline edits', observer.doc, 'update', () =>
      observer.doc
        .getArray<{ key: string }>(CANVAS_RECORDS)
        .toArray()
        .some((entry) => entry.key === 'shape:3'),
    );
    expect(
      observer.doc
        .getArray<{ key: string }>(CANVAS_RECORDS)
        .toArray()
        .map((entry) => entry.key),
    ).toEqual(['shape:2', 'shape:3']);
    expect(readFacilitation(traveller.doc).vote).toMatchObject({ id: vote.id, voters: 1 });
    await addShapes(traveller, ['shape:4']);
  });

  it('brings everyone to a facilitator who asks, never to anyone else', async () => {
    const { server, people, boardId } = await workshop();
    const fran = await connect(server, boardId, people.facilitator);
    const eve = await connect(server, boardId, people.editor);
    const cam = await connect(server, boardId, people.commenter);
    const received: unknown[] = [];
    let announce: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (announce = resolve));
    cam.provider.on('stateless', ({ payload }: { payload: string }) => {
      received.push(JSON.parse(payload));
      announce();
    });

    // An editor's summon is dropped; the edit after it is acknowledged, so the server handled both.
    eve.provider.sendStateless(JSON.stringify({ type: 'summon' }));
    await addShapes(eve, ['shape:after-summon']);
    for (const malformed of ['not json', '[]', 'null', '{"type":"other"}', '{"type":7}']) {
      fran.provider.sendStateless(malformed);
    }
    fran.provider.sendStateless(
      JSON.stringify({ type: 'summon', by: { id: people.editor.id, name: 'Spoofed' } }),
    );
    await arrived;
    expect(received).toEqual([
      { type: 'summon', by: { id: people.facilitator.id, name: people.facilitator.name } },
    ]);
  });

  it('keeps hostile names exactly (trimmed) or refuses them with a reason', async () => {
    const { server, people, call } = await workshop();
    const strings = naughtyStrings();
    for (const [index, raw] of strings.entries()) {
      const response = await call<{ facilitators: FacilitationPerson[]; error?: string }>(
        'admin',
        'PUT',
        `/facilitators/${people.editor.id}`,
        { name: raw },
      );
      const trimmed = raw.trim();
      const label = `#${index} ${JSON.stringify(raw)}`;
      if (trimmed.length === 0 || [...trimmed].length > 100) {
        expect(response.status, label).toBe(400);
        expect(response.body.error, label).toMatch(/Name/);
        continue;
      }
      expect(response.status, label).toBe(200);
      expect(response.body.facilitators[1], label).toEqual({ id: people.editor.id, name: trimmed });
    }

    // A token with a hostile name creates a canvas and summons under that name.
    const hostile = strings.filter((raw) => raw.trim().length > 0).slice(0, 40);
    for (const name of hostile) {
      const creator = await person(server, 'editor', name);
      const created = await api<{ id: string }>(server.url, creator.token, 'POST', '/api/boards', {
        kind: 'canvas',
        title: 'Hostile',
      });
      expect(created.status, JSON.stringify(name)).toBe(201);
      const view = await api<FacilitationResponse>(
        server.url,
        creator.token,
        'GET',
        `/api/boards/${created.body.id}/facilitation`,
      );
      expect(view.body.facilitators, JSON.stringify(name)).toEqual([
        { id: creator.id, name: [...name.trim()].slice(0, 100).join('').trim() },
      ]);
    }
  });
});
