import {
  readStrategy,
  STRATEGY_LIMITS,
  systemEnv,
  updateKeyResult,
  updateGoal,
  type GoalView,
  type OperationContext,
  type StrategyView,
} from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

type Board = StrategyView & { id: string };

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

async function strategyBoard(url: string, token: string, extra: object = {}): Promise<string> {
  const created = await api<{ id: string; kind: string }>(url, token, 'POST', '/api/boards', {
    kind: 'strategy',
    title: 'Strategy',
    ...extra,
  });
  expect(created.status).toBe(201);
  expect(created.body.kind).toBe('strategy');
  return created.body.id;
}

describe('strategy boards over REST', () => {
  it('creates a board with vision and positioning, and adds, changes and deletes goals and competitors', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await strategyBoard(server.url, editor, {
      vision: ' One plan for every team ',
      positioning: { for: 'product teams', we: 'merge offline edits cleanly' },
    });
    const items = `/api/boards/${id}/items`;

    const goal = await api<GoalView>(server.url, editor, 'POST', items, {
      type: 'goal',
      title: 'Win mid-size teams',
      status: 'on-track',
      confidence: 60,
      keyResults: [
        { name: 'Weekly active teams', start: 100, target: 300, current: 150, unit: 'teams' },
      ],
    });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({
      type: 'goal',
      title: 'Win mid-size teams',
      status: 'on-track',
      confidence: 60,
      progress: 0.25,
    });
    const competitor = await api<{ id: string }>(server.url, editor, 'POST', items, {
      type: 'competitor',
      title: 'Aha!',
      strengths: ['Breadth'],
      weaknesses: ['Per-seat pricing'],
      differentiation: 'Local-first and open',
    });
    expect(competitor.status).toBe(201);

    const keyResult = goal.body.keyResults[0];
    const patched = await api<GoalView>(server.url, editor, 'PATCH', `${items}/${goal.body.id}`, {
      confidence: null,
      keyResults: [
        { id: keyResult?.id, current: 300 },
        { name: 'NPS', target: 50 },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.confidence).toBeNull();
    expect(patched.body.keyResults.map((entry) => [entry.name, entry.progress])).toEqual([
      ['Weekly active teams', 1],
      ['NPS', 0],
    ]);
    const renamed = await api(server.url, editor, 'PATCH', `${items}/${competitor.body.id}`, {
      strengths: ['Breadth', 'Ideas portal'],
      index: 0,
    });
    expect(renamed.status).toBe(200);

    const board = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(board.body).toMatchObject({
      kind: 'strategy',
      vision: 'One plan for every team',
      positioning: { for: 'product teams', who: '', unlike: '', we: 'merge offline edits cleanly' },
    });
    expect(board.body.items.map((item) => [item.type, item.title])).toEqual([
      ['goal', 'Win mid-size teams'],
      ['competitor', 'Aha!'],
    ]);
    expect(board.body.items[1]).toMatchObject({ strengths: ['Breadth', 'Ideas portal'] });

    expect((await api(server.url, editor, 'DELETE', `${items}/${goal.body.id}`)).status).toBe(204);
    expect((await api(server.url, editor, 'DELETE', `${items}/${goal.body.id}`)).status).toBe(404);
    expect(
      (await api(server.url, editor, 'PATCH', `${items}/${goal.body.id}`, { title: 'x' })).status,
    ).toBe(404);
    const after = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(after.body.items.map((item) => item.id)).toEqual([competitor.body.id]);
  });

  it('refuses bad bodies with a 400 and the reason, and writes nothing', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await strategyBoard(server.url, editor);
    const items = `/api/boards/${id}/items`;
    const goal = await api<GoalView>(server.url, editor, 'POST', items, {
      type: 'goal',
      title: 'Grow',
      keyResults: [{ name: 'm', target: 1 }],
    });
    const competitor = await api<{ id: string }>(server.url, editor, 'POST', items, {
      type: 'competitor',
      title: 'Rival',
    });
    const before = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);

    const badPosts: [unknown, RegExp][] = [
      [{ title: 'No type' }, /type/],
      [{ type: 'rumour', title: 'x' }, /type/],
      [{ type: 'goal' }, /title/],
      [{ type: 'goal', title: '   ' }, /Objective/],
      [{ type: 'goal', title: 'x'.repeat(STRATEGY_LIMITS.titleLength + 1) }, /Objective/],
      [{ type: 'goal', title: 'g', status: 'late' }, /status/],
      [{ type: 'goal', title: 'g', confidence: 101 }, /confidence/],
      [{ type: 'goal', title: 'g', confidence: '50' }, /confidence/],
      [{ type: 'goal', title: 'g', keyResults: [{ name: 'm' }] }, /keyResults/],
      [{ type: 'goal', title: 'g', keyResults: [{ name: 'm', target: '10' }] }, /keyResults/],
      [{ type: 'goal', title: 'g', keyResults: [{ name: 'm', target: 1e13 }] }, /keyResults/],
      [{ type: 'goal', title: 'g', keyResults: [{ name: ' ', target: 1 }] }, /Measure/],
      [{ type: 'goal', title: 'g', strengths: ['s'] }, /strengths/],
      [{ type: 'competitor', title: 'c', strengths: 'fast' }, /strengths/],
      [{ type: 'competitor', title: 'c', strengths: [''] }, /Strengths/],
      [
        {
          type: 'competitor',
          title: 'c',
          weaknesses: ['x'.repeat(STRATEGY_LIMITS.listEntryLength + 1)],
        },
        /Weaknesses/,
      ],
      [{ type: 'competitor', title: 'c', keyResults: [] }, /keyResults/],
      [{ type: 'competitor', title: 'c', index: -1 }, /index/],
      ['not json', /JSON/],
    ];
    for (const [body, reason] of badPosts) {
      const response = await api<{ error: string }>(server.url, editor, 'POST', items, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const badPatches: [string, unknown, RegExp][] = [
      [goal.body.id, {}, /at least one field/],
      [goal.body.id, { type: 'competitor' }, /type/],
      [goal.body.id, { strengths: ['s'] }, /strengths/],
      [goal.body.id, { title: '' }, /Objective/],
      [goal.body.id, { keyResults: [{ id: 'no-such-kr', current: 1 }] }, /No key result/],
      [
        goal.body.id,
        { keyResults: [{ id: goal.body.keyResults[0]?.id, current: 'lots' }] },
        /keyResults/,
      ],
      [competitor.body.id, { confidence: 5 }, /confidence/],
      [
        competitor.body.id,
        { differentiation: 'x'.repeat(STRATEGY_LIMITS.differentiationLength + 1) },
        /Differentiation/,
      ],
    ];
    for (const [itemId, body, reason] of badPatches) {
      const response = await api<{ error: string }>(
        server.url,
        editor,
        'PATCH',
        `${items}/${itemId}`,
        body,
      );
      expect([400, 404], JSON.stringify(body)).toContain(response.status);
      expect(response.status === 404).toBe(/No key result/.test(reason.source));
      expect(response.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const badBoards: [unknown, RegExp][] = [
      [{ kind: 'strategy', title: 'S', vision: 5 }, /vision/],
      [
        { kind: 'strategy', title: 'S', vision: 'x'.repeat(STRATEGY_LIMITS.visionLength + 1) },
        /Vision/,
      ],
      [{ kind: 'strategy', title: 'S', positioning: { why: 'x' } }, /positioning/],
      [{ kind: 'strategy', title: 'S', lanes: ['a'] }, /lanes/],
    ];
    for (const [body, reason] of badBoards) {
      const response = await api<{ error: string }>(
        server.url,
        editor,
        'POST',
        '/api/boards',
        body,
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error).toMatch(reason);
    }
    const after = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(after.body.items).toEqual(before.body.items);
  });

  it('stores naughty strings as plain text, exactly (trimmed), or refuses them with a 400', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await strategyBoard(server.url, editor);
    const sample = naughtyStrings().filter((_, index) => index % 7 === 0);
    for (const raw of sample) {
      const trimmed = raw.trim();
      const response = await api<{
        id: string;
        title: string;
        strengths: string[];
        differentiation: string;
      }>(server.url, editor, 'POST', `/api/boards/${id}/items`, {
        type: 'competitor',
        title: raw,
        strengths: [raw],
        differentiation: raw,
      });
      // The name is the shortest limited field, so it decides whether the body is accepted.
      if (trimmed === '' || [...trimmed].length > STRATEGY_LIMITS.titleLength) {
        expect(response.status, JSON.stringify(raw)).toBe(400);
        continue;
      }
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body).toMatchObject({
        title: trimmed,
        strengths: [trimmed],
        differentiation: trimmed,
      });
    }
  });
});

describe('strategy boards live', () => {
  it('two people editing the same goal and key result at once converge', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await strategyBoard(server.url, editor);
    const created = await api<GoalView>(server.url, editor, 'POST', `/api/boards/${id}/items`, {
      type: 'goal',
      title: 'Grow',
      keyResults: [{ name: 'Teams', target: 100 }],
    });
    const goalId = created.body.id;
    const keyResultId = created.body.keyResults[0]?.id ?? '';
    const alice = connectProvider(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      updateGoal(
        alice.doc,
        goalId,
        { title: 'Grow faster', keyResults: [{ id: keyResultId }, { name: 'NPS', target: 40 }] },
        asUser('alice'),
      );
      updateKeyResult(alice.doc, goalId, keyResultId, { current: 40 }, asUser('alice'));
      updateGoal(bob.doc, goalId, { status: 'at-risk' }, asUser('bob'));
      updateKeyResult(bob.doc, goalId, keyResultId, { target: 80 }, asUser('bob'));
      await Promise.all([alice.acknowledged(), bob.acknowledged()]);
      const converged = () =>
        JSON.stringify(readStrategy(alice.doc)) === JSON.stringify(readStrategy(bob.doc));
      await Promise.all([
        waitFor('alice and bob to converge', alice.doc, 'update', converged),
        waitFor('bob and alice to converge', bob.doc, 'update', converged),
      ]);
      const goal = readStrategy(alice.doc).items.find((item) => item.id === goalId);
      expect(goal).toMatchObject({ title: 'Grow faster', status: 'at-risk' });
      expect(
        goal?.type === 'goal' &&
          goal.keyResults.map((entry) => [entry.name, entry.current, entry.target]),
      ).toEqual([
        ['Teams', 40, 80],
        ['NPS', 0, 40],
      ]);
      const viaRest = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
      expect(viaRest.body.items).toEqual(readStrategy(alice.doc).items);
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });
});
