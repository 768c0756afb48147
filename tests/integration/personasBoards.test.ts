import {
  addQuote,
  PERSONA_LIMITS,
  readPersonas,
  systemEnv,
  updatePersona,
  updateQuote,
  type OperationContext,
  type PersonasItemView,
  type PersonasView,
} from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

type Board = PersonasView & { id: string };

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

async function personasBoard(url: string, token: string): Promise<string> {
  const created = await api<{ id: string; kind: string }>(url, token, 'POST', '/api/boards', {
    kind: 'personas',
    title: 'Personas',
  });
  expect(created.status).toBe(201);
  expect(created.body.kind).toBe('personas');
  return created.body.id;
}

describe('personas boards over REST', () => {
  it('adds, changes, moves and deletes persona cards', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await personasBoard(server.url, editor);
    const items = `/api/boards/${id}/items`;
    const priya = await api<PersonasItemView>(server.url, editor, 'POST', items, {
      title: ' Priya, platform PM ',
      role: 'Product manager',
      segment: 'Mid-size SaaS',
      goals: ['One plan'],
      pains: ['Roadmap drift', 'Status meetings'],
      jobs: ['When a plan changes, I want everyone to see it'],
      quotes: [{ text: 'We live in spreadsheets.', source: 'Interview 4', date: '2026-03-14' }],
      description: 'Runs planning.\nOwns the roadmap.',
    });
    expect(priya.status).toBe(201);
    expect(priya.body).toMatchObject({
      title: 'Priya, platform PM',
      pains: ['Roadmap drift', 'Status meetings'],
      description: 'Runs planning.\nOwns the roadmap.',
      quotes: [{ text: 'We live in spreadsheets.', source: 'Interview 4', date: '2026-03-14' }],
    });
    const sam = await api<PersonasItemView>(server.url, editor, 'POST', items, { title: 'Sam' });
    expect(sam.body).toMatchObject({ role: '', goals: [], quotes: [], description: '' });

    const quoteId = priya.body.quotes[0]?.id;
    const patched = await api<PersonasItemView>(
      server.url,
      editor,
      'PATCH',
      `${items}/${priya.body.id}`,
      {
        pains: ['Status meetings', 'Tool sprawl'],
        quotes: [{ id: quoteId, date: '2024-02-29' }, { text: 'I want one link.' }],
        description: 'Runs planning.',
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      role: 'Product manager',
      pains: ['Status meetings', 'Tool sprawl'],
      description: 'Runs planning.',
    });
    expect(
      patched.body.quotes.map((quote) => [quote.id === quoteId, quote.text, quote.date]),
    ).toEqual([
      [true, 'We live in spreadsheets.', '2024-02-29'],
      [false, 'I want one link.', ''],
    ]);
    expect(
      (await api(server.url, editor, 'PATCH', `${items}/${sam.body.id}`, { index: 0 })).status,
    ).toBe(200);

    const board = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(board.body.kind).toBe('personas');
    expect(board.body.items.map((item) => item.title)).toEqual(['Sam', 'Priya, platform PM']);

    expect((await api(server.url, editor, 'DELETE', `${items}/${sam.body.id}`)).status).toBe(204);
    expect((await api(server.url, editor, 'DELETE', `${items}/${sam.body.id}`)).status).toBe(404);
    expect(
      (await api(server.url, editor, 'PATCH', `${items}/${sam.body.id}`, { role: 'x' })).status,
    ).toBe(404);
    const viewer = server.token('viewer');
    expect((await api(server.url, viewer, 'POST', items, { title: 'Nope' })).status).toBe(403);
  });

  it('refuses bad bodies with a 400 and the reason, and writes nothing', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await personasBoard(server.url, editor);
    const items = `/api/boards/${id}/items`;
    const persona = await api<PersonasItemView>(server.url, editor, 'POST', items, { title: 'P' });
    const before = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    const badPosts: [unknown, RegExp][] = [
      [{}, /title/],
      [{ title: ' ' }, /Name/],
      [{ title: 'x'.repeat(PERSONA_LIMITS.titleLength + 1) }, /Name/],
      [{ title: 'p', role: 3 }, /role/],
      [{ title: 'p', role: 'x'.repeat(PERSONA_LIMITS.roleLength + 1) }, /Role/],
      [{ title: 'p', segment: 'x'.repeat(PERSONA_LIMITS.segmentLength + 1) }, /Segment/],
      [{ title: 'p', goals: 'ship' }, /goals/],
      [{ title: 'p', pains: [' '] }, /Pains/],
      [
        { title: 'p', jobs: Array.from({ length: PERSONA_LIMITS.listEntries + 1 }, () => 'j') },
        /jobs/,
      ],
      [{ title: 'p', quotes: [{ source: 'no text' }] }, /quotes/],
      [{ title: 'p', quotes: [{ text: 'q', date: '2026-02-30' }] }, /not a real date/],
      [{ title: 'p', quotes: [{ text: 'q', date: '2026-13-01' }] }, /not a real date/],
      [{ title: 'p', quotes: [{ text: 'q', date: '03/14/2026' }] }, /not a real date/],
      [{ title: 'p', quotes: [{ text: 'q', date: 20260314 }] }, /quotes/],
      [{ title: 'p', quotes: [{ text: 'x'.repeat(PERSONA_LIMITS.quoteLength + 1) }] }, /Quote/],
      [
        { title: 'p', description: 'x'.repeat(PERSONA_LIMITS.descriptionLength + 1) },
        /Description/,
      ],
      [{ title: 'p', links: [] }, /links/],
      [{ title: 'p', index: 1.5 }, /index/],
    ];
    for (const [body, reason] of badPosts) {
      const response = await api<{ error: string }>(server.url, editor, 'POST', items, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const patch = `${items}/${persona.body.id}`;
    const badPatches: [unknown, RegExp][] = [
      [{}, /at least one field/],
      [{ title: '' }, /Name/],
      [{ quotes: [{ id: 'nope', text: 'q' }] }, /No quote/],
      [{ quotes: [{ text: 'q', date: '2025-02-29' }] }, /not a real date/],
    ];
    for (const [body, reason] of badPatches) {
      const response = await api<{ error: string }>(server.url, editor, 'PATCH', patch, body);
      expect(response.status, JSON.stringify(body)).toBe(
        /No quote/.test(reason.source) ? 404 : 400,
      );
      expect(response.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const after = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(after.body.items).toEqual(before.body.items);
  });

  it('stores naughty strings as plain text, exactly (trimmed), or refuses them with a 400', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await personasBoard(server.url, editor);
    const sample = naughtyStrings().filter((_, index) => index % 7 === 3);
    for (const raw of sample) {
      const trimmed = raw.trim();
      const response = await api<PersonasItemView>(
        server.url,
        editor,
        'POST',
        `/api/boards/${id}/items`,
        {
          title: raw,
          pains: [raw],
          quotes: [{ text: raw, source: raw }],
          description: raw,
        },
      );
      // The name is the shortest limited field, so it decides whether the body is accepted.
      if (trimmed === '' || [...trimmed].length > PERSONA_LIMITS.titleLength) {
        expect(response.status, JSON.stringify(raw)).toBe(400);
        continue;
      }
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body).toMatchObject({ title: trimmed, pains: [trimmed] });
      expect(response.body.quotes[0]).toMatchObject({ text: trimmed, source: trimmed });
      // Rich text keeps one paragraph per line; a lone '\r' is not a line break.
      expect(response.body.description).toBe(trimmed);
    }
  });
});

describe('personas boards live', () => {
  it('two people editing the same persona at once converge', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const id = await personasBoard(server.url, editor);
    const created = await api<PersonasItemView>(
      server.url,
      editor,
      'POST',
      `/api/boards/${id}/items`,
      {
        title: 'Priya',
        pains: ['Drift'],
        quotes: [{ text: 'We live in spreadsheets.' }],
      },
    );
    const personaId = created.body.id;
    const quoteId = created.body.quotes[0]?.id ?? '';
    const alice = connectProvider(server.wsUrl, id, server.token('editor', 'Alice'));
    const bob = connectProvider(server.wsUrl, id, server.token('editor', 'Bob'));
    try {
      await Promise.all([alice.synced(), bob.synced()]);
      updatePersona(
        alice.doc,
        personaId,
        { role: 'PM', pains: ['Drift', 'Meetings'] },
        asUser('alice'),
      );
      updateQuote(alice.doc, personaId, quoteId, { source: 'Interview 4' }, asUser('alice'));
      addQuote(alice.doc, personaId, { text: 'From Alice' }, asUser('alice'));
      updatePersona(
        bob.doc,
        personaId,
        { segment: 'SMB', pains: ['Drift', 'Tool sprawl'] },
        asUser('bob'),
      );
      updateQuote(bob.doc, personaId, quoteId, { date: '2026-03-14' }, asUser('bob'));
      addQuote(bob.doc, personaId, { text: 'From Bob' }, asUser('bob'));
      await Promise.all([alice.acknowledged(), bob.acknowledged()]);
      const converged = () =>
        JSON.stringify(readPersonas(alice.doc)) === JSON.stringify(readPersonas(bob.doc));
      await Promise.all([
        waitFor('alice and bob to converge', alice.doc, 'update', converged),
        waitFor('bob and alice to converge', bob.doc, 'update', converged),
      ]);
      const persona = readPersonas(alice.doc).items.find((item) => item.id === personaId);
      expect(persona).toMatchObject({ role: 'PM', segment: 'SMB' });
      expect([...(persona?.pains ?? [])].sort()).toEqual(['Drift', 'Meetings', 'Tool sprawl']);
      expect(persona?.quotes[0]).toMatchObject({ source: 'Interview 4', date: '2026-03-14' });
      expect(persona?.quotes.map((quote) => quote.text).sort()).toEqual([
        'From Alice',
        'From Bob',
        'We live in spreadsheets.',
      ]);
      const viaRest = await api<Board>(server.url, editor, 'GET', `/api/boards/${id}`);
      expect(viaRest.body.items).toEqual(readPersonas(alice.doc).items);
    } finally {
      alice.destroy();
      bob.destroy();
    }
  });
});
