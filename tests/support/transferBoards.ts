import { CANVAS_META, CANVAS_RECORDS } from '@cairn/canvas';
import type { BoardKind } from '@cairn/model';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { api } from './api.js';
import { connectProvider } from './connectProvider.js';

/** A board made for the import and export tests, with the ids a test needs to look at. */
export interface FilledBoard {
  readonly id: string;
  readonly kind: BoardKind;
  /** The entry whose description holds formatted rich text (roadmap, personas, launch). */
  readonly richEntryId?: string;
}

/** A file downloaded from the server: status, headers and text. */
export interface Download {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** `GET path` with `token`, as text. */
export async function download(baseUrl: string, token: string, path: string): Promise<Download> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  // Decoded by hand: `response.text()` drops a byte order mark, which the CSV export must have.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}

async function ok<T>(response: Promise<{ status: number; body: T }>, status = 201): Promise<T> {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

/**
 * Writes formatted rich text (a heading, bold and italic runs, a nested list, literal markup as
 * text) at the end of the description of `entryId`, through a live provider as the editor does.
 */
export async function writeRichText(
  wsUrl: string,
  token: string,
  boardId: string,
  entryId: string,
) {
  const client = connectProvider(wsUrl, boardId, token);
  await client.synced();
  const entry = client.doc.getMap<unknown>('items').get(entryId) as Y.Map<unknown>;
  const fragment = entry.get('description') as Y.XmlFragment;
  client.doc.transact(() => {
    const heading = new Y.XmlElement('heading');
    const paragraph = new Y.XmlElement('paragraph');
    const list = new Y.XmlElement('bulletList');
    fragment.insert(fragment.length, [heading, paragraph, list]);
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Why it matters')]);
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, 'Charge ');
    text.insert(7, 'per seat', { bold: {} });
    text.insert(15, ', then ', {});
    text.insert(22, 'per call', { italic: {}, bold: {} });
    text.insert(30, ' <b>not markup</b>', {});
    const item = new Y.XmlElement('listItem');
    list.insert(0, [item]);
    const inner = new Y.XmlElement('paragraph');
    item.insert(0, [inner]);
    inner.insert(0, [new Y.XmlText('First step')]);
  });
  await client.acknowledged();
  client.destroy();
}

/** A personas board with one persona, to link to. */
async function personasBoard(url: string, token: string) {
  const board = await ok(
    api<{ id: string }>(url, token, 'POST', '/api/boards', {
      kind: 'personas',
      title: 'Customers',
    }),
  );
  const persona = await ok(
    api<{ id: string }>(url, token, 'POST', `/api/boards/${board.id}/items`, {
      title: 'Priya, the platform PM',
      role: 'Product manager',
      segment: 'Mid-size SaaS',
      goals: ['One plan everyone trusts'],
      pains: ['The roadmap drifts from the plan', 'Five tools'],
      jobs: ['When planning a quarter, I want one view, so I can commit'],
      quotes: [{ text: 'We plan in five tools.', source: 'Interview 4', date: '2026-03-14' }],
      description: 'Runs the quarterly review.\nHates spreadsheets.',
    }),
  );
  return { boardId: board.id, personaId: persona.id };
}

/** A roadmap with every field set somewhere: lanes (one deleted), releases, dates, scores, tags, dependencies, a link and rich text. */
async function roadmapBoard(url: string, wsUrl: string, token: string): Promise<FilledBoard> {
  const personas = await personasBoard(url, token);
  const board = await ok(
    api<{ id: string }>(url, token, 'POST', '/api/boards', {
      kind: 'roadmap',
      title: 'Q3 roadmap',
      lanes: ['Platform', 'Growth', 'Old'],
    }),
  );
  const call = <T>(method: string, path: string, body?: unknown, status = 201) =>
    ok(api<T>(url, token, method, `/api/boards/${board.id}${path}`, body), status);
  const read = await call<{ lanes: { id: string; name: string }[] }>('GET', '', undefined, 200);
  const [platform, growth, old] = read.lanes;
  const release = await call<{ id: string }>('POST', '/releases', {
    name: 'Summer release',
    date: '2026-06-30',
  });
  await call('POST', '/releases', { name: 'Beta freeze', date: '2026-05-01', type: 'milestone' });
  const billing = await call<{ id: string }>('POST', '/items', {
    title: 'Usage billing',
    description: 'Charge per seat.',
    status: 'in-progress',
    health: 'at-risk',
    owner: 'Priya',
    tags: ['payments', 'q3'],
    lane: platform?.id,
    horizon: 'now',
    startDate: '2026-03-15',
    endDate: '2026-05-15',
    releaseId: release.id,
    reach: 2000,
    impact: 2,
    confidence: 50,
    effort: 4,
    value: 8,
  });
  const invoices = await call<{ id: string }>('POST', '/items', {
    title: 'Invoices in the app',
    status: 'planned',
    lane: growth?.id,
    horizon: 'next',
    endDate: '2026-07-01',
    dependencies: [billing.id],
  });
  await call('POST', '/items', {
    title: 'Self-serve plans',
    status: 'idea',
    lane: old?.id,
    horizon: 'later',
  });
  await call('DELETE', `/lanes/${old?.id}?moveItemsTo=${growth?.id}`, undefined, 204);
  await call('POST', '/links', {
    from: { collection: 'items', id: invoices.id },
    to: { boardId: personas.boardId, itemId: personas.personaId },
  });
  await writeRichText(wsUrl, token, board.id, billing.id);
  return { id: board.id, kind: 'roadmap', richEntryId: billing.id };
}

async function strategyBoard(url: string, token: string): Promise<FilledBoard> {
  const board = await ok(
    api<{ id: string }>(url, token, 'POST', '/api/boards', {
      kind: 'strategy',
      title: 'Product strategy',
      vision: 'Every product team plans on one live board.',
      positioning: {
        for: 'product teams',
        who: 'plan in five tools',
        unlike: 'spreadsheets',
        we: 'keep one live plan',
      },
    }),
  );
  const items = `/api/boards/${board.id}/items`;
  await ok(
    api(url, token, 'POST', items, {
      type: 'goal',
      title: 'Win mid-size product teams',
      description: 'Why: they churn from spreadsheets.',
      status: 'on-track',
      confidence: 70,
      keyResults: [
        { name: 'Weekly active teams', start: 120, target: 400, current: 260, unit: 'teams' },
        { name: 'Churn', start: 5, target: 2, unit: '%' },
      ],
    }),
  );
  await ok(
    api(url, token, 'POST', items, {
      type: 'competitor',
      title: 'Spreadsheet Co',
      strengths: ['Everyone has it'],
      weaknesses: ['No live plan', 'No links'],
      differentiation: 'We are live.',
    }),
  );
  return { id: board.id, kind: 'strategy' };
}

async function launchBoard(url: string, wsUrl: string, token: string): Promise<FilledBoard> {
  const board = await ok(
    api<{ id: string }>(url, token, 'POST', '/api/boards', {
      kind: 'launch',
      title: 'Billing launch',
      launchDate: '2026-09-15',
      tier: 'tier-1',
    }),
  );
  const task = await ok(
    api<{ id: string }>(url, token, 'POST', `/api/boards/${board.id}/items`, {
      title: 'Brief the press',
      track: 'press',
      offsetDays: -7,
      owner: 'Sam',
      status: 'in-progress',
      description: 'Embargo until launch day.',
    }),
  );
  await ok(
    api(url, token, 'DELETE', `/api/boards/${board.id}/launch/tracks/support?moveTasksTo=sales`),
    204,
  );
  await writeRichText(wsUrl, token, board.id, task.id);
  return { id: board.id, kind: 'launch', richEntryId: task.id };
}

async function personasWithRichText(
  url: string,
  wsUrl: string,
  token: string,
): Promise<FilledBoard> {
  const { boardId, personaId } = await personasBoard(url, token);
  await writeRichText(wsUrl, token, boardId, personaId);
  return { id: boardId, kind: 'personas', richEntryId: personaId };
}

/** A tldraw note record as the binding stores it. */
function noteRecord(id: string, text: string, x: number, y: number) {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    parentId: 'page:page',
    index: 'a1',
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
    },
  };
}

async function canvasBoard(url: string, wsUrl: string, token: string): Promise<FilledBoard> {
  const board = await ok(
    api<{ id: string }>(url, token, 'POST', '/api/boards', {
      kind: 'canvas',
      title: 'Discovery workshop',
    }),
  );
  await ok(
    api(url, token, 'POST', `/api/boards/${board.id}/items`, {
      title: 'A note from REST',
      color: 'blue',
      x: 40,
      y: 60,
    }),
  );
  const client = connectProvider(wsUrl, board.id, token);
  await client.synced();
  client.doc.transact(() => {
    client.doc
      .getMap(CANVAS_META)
      .set('schema', { schemaVersion: 2, sequences: { 'com.tldraw.shape.note': 9 } });
    client.doc.getArray(CANVAS_RECORDS).push([
      {
        key: 'page:page',
        val: { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} },
      },
      { key: 'shape:one', val: noteRecord('shape:one', 'Slow onboarding', 100, 200) },
      { key: 'shape:two', val: noteRecord('shape:two', 'Pricing page', 400, -50) },
    ]);
  });
  await client.acknowledged();
  client.destroy();
  return { id: board.id, kind: 'canvas' };
}

/** One board of every kind, each with every part of its document filled in. */
export async function boardsOfEveryKind(
  url: string,
  wsUrl: string,
  token: string,
): Promise<FilledBoard[]> {
  return [
    await roadmapBoard(url, wsUrl, token),
    await strategyBoard(url, token),
    await personasWithRichText(url, wsUrl, token),
    await launchBoard(url, wsUrl, token),
    await canvasBoard(url, wsUrl, token),
  ];
}
