import { readBoard } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api, apiAs } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { FORMULA_LIKE, parseCsvObjects, restoreCsvCell } from '../support/parseCsv.js';
import { boardsOfEveryKind, download, type FilledBoard } from '../support/transferBoards.js';
import { useTestServer } from '../support/useTestServer.js';

/**
 * Issue 8, import and export: the JSON format re-imports every kind of board losslessly, the CSV,
 * Markdown and calendar exports say what the board says, and hostile text stays text in each.
 */

interface BoardSummary {
  id: string;
  title: string;
  kind: string;
}

/** The board as a live client reads it, and the XML of every rich-text description. */
async function readLive(wsUrl: string, token: string, boardId: string) {
  const client = connectProvider(wsUrl, boardId, token);
  await client.synced();
  const view = readBoard(client.doc);
  const descriptions: Record<string, string> = {};
  client.doc.getMap<unknown>('items').forEach((entry, id) => {
    const description =
      entry instanceof Y.Map ? (entry as Y.Map<unknown>).get('description') : undefined;
    if (description instanceof Y.XmlFragment) descriptions[id] = description.toJSON();
  });
  client.destroy();
  return { view, descriptions };
}

function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsvObjects(text.slice(1));
}

async function exportJson(url: string, token: string, boardId: string) {
  const file = await download(url, token, `/api/boards/${boardId}/export?format=json`);
  expect(file.status, file.text).toBe(200);
  return JSON.parse(file.text) as Record<string, unknown>;
}

async function importJson(url: string, token: string, document: unknown) {
  const imported = await api<{ board: BoardSummary; entries: number }>(
    url,
    token,
    'POST',
    '/api/boards/import',
    document,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  return imported.body;
}

describe('JSON export and import', () => {
  it('re-imports every kind of board losslessly: entries, rich text, links and whiteboard shapes', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const boards: FilledBoard[] = await boardsOfEveryKind(server.url, server.wsUrl, admin);
    for (const board of boards) {
      const first = await exportJson(server.url, admin, board.id);
      expect(first).toMatchObject({ format: 'cairn.board', version: 1, kind: board.kind });
      const imported = await importJson(server.url, admin, first);
      expect(imported.board.kind).toBe(board.kind);
      expect(imported.board.id).not.toBe(board.id);
      const second = await exportJson(server.url, admin, imported.board.id);
      expect({ ...second, exportedAt: null }, board.kind).toEqual({ ...first, exportedAt: null });

      const original = await readLive(server.wsUrl, admin, board.id);
      const copy = await readLive(server.wsUrl, admin, imported.board.id);
      expect(copy.view, board.kind).toEqual(original.view);
      expect(copy.descriptions, board.kind).toEqual(original.descriptions);
      if (board.richEntryId) {
        const xml = copy.descriptions[board.richEntryId] ?? '';
        expect(xml).toContain('<heading level="2">Why it matters</heading>');
        expect(xml).toContain('<bold>per seat</bold>');
      }
      const shown = await api<{ shapes?: unknown[]; items: unknown[] }>(
        server.url,
        admin,
        'GET',
        `/api/boards/${board.id}`,
      );
      const shownCopy = await api<{ shapes?: unknown[]; items: unknown[] }>(
        server.url,
        admin,
        'GET',
        `/api/boards/${imported.board.id}`,
      );
      expect(shownCopy.body.items).toEqual(shown.body.items);
      expect(shownCopy.body.shapes).toEqual(shown.body.shapes);
      expect(imported.entries).toBe(shown.body.items.length + (shown.body.shapes?.length ?? 0));
    }
    const [roadmap] = boards;
    const links = await api<{
      entries: { title: string; outgoing: { gone: boolean; itemTitle: string | null }[] }[];
    }>(
      server.url,
      admin,
      'GET',
      `/api/boards/${(await importJson(server.url, admin, await exportJson(server.url, admin, roadmap?.id ?? ''))).board.id}/links`,
    );
    const invoices = links.body.entries.find((entry) => entry.title === 'Invoices in the app');
    expect(invoices?.outgoing).toEqual([
      expect.objectContaining({ gone: false, itemTitle: 'Priya, the platform PM' }),
    ]);
  });

  it('writes readable JSON: entries with their fields, rich text as ProseMirror JSON', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const [roadmap] = await boardsOfEveryKind(server.url, server.wsUrl, admin);
    const document = await exportJson(server.url, admin, roadmap?.id ?? '');
    const items = document['items'] as {
      id: string;
      title: string;
      description: { type: string; content: { type: string }[] };
      tags?: string[];
    }[];
    const billing = items.find((item) => item.title === 'Usage billing');
    expect(billing?.tags).toEqual(['payments', 'q3']);
    expect(billing?.description.type).toBe('doc');
    expect(billing?.description.content.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'bulletList',
    ]);
    expect(
      (document['lanes'] as { name: string; archived: boolean }[]).map((lane) => [
        lane.name,
        lane.archived,
      ]),
    ).toEqual([
      ['Platform', false],
      ['Growth', false],
      ['Old', true],
    ]);
  });

  it('refuses unknown and newer versions and invalid documents, and creates nothing', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const [roadmap] = await boardsOfEveryKind(server.url, server.wsUrl, admin);
    const document = await exportJson(server.url, admin, roadmap?.id ?? '');
    const before = await api<BoardSummary[]>(server.url, admin, 'GET', '/api/boards');
    const refused = async (body: unknown, reason: RegExp) => {
      const answer = await api<{ error: string }>(
        server.url,
        admin,
        'POST',
        '/api/boards/import',
        body,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error).toMatch(reason);
    };
    await refused({ ...document, version: 2 }, /made by a newer Cairn \(format version 2\)/);
    await refused({ ...document, schemaVersion: 7 }, /made by a newer Cairn \(document schema 7\)/);
    await refused({ ...document, version: 'one' }, /Unknown export version "one"/);
    await refused({ ...document, kind: 'spreadsheet' }, /kind: must be one of roadmap/);
    const items = document['items'] as Record<string, unknown>[];
    await refused(
      { ...document, items: [...items.slice(0, 1), { ...items[1], status: 'done-ish' }] },
      /items\.1\.status/,
    );
    await refused({ ...document, items: [...items, { ...items[0] }] }, /ids must be unique/);
    await refused({ ...document, surprise: true }, /surprise/);
    await refused({ ...document, title: '   ' }, /title: must not be empty/);
    await refused({ something: 'else' }, /Expected a Cairn board export/);
    const dryRun = await api(server.url, admin, 'POST', '/api/boards/import?dryRun=1', document);
    expect(dryRun).toEqual({ status: 200, body: { entries: 3, problems: [] } });
    const after = await api<BoardSummary[]>(server.url, admin, 'GET', '/api/boards');
    expect(after.body).toEqual(before.body);
  });
});

describe('CSV, Markdown and calendar exports', () => {
  it('say what the roadmap says, with safe file names and types', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const [roadmap] = await boardsOfEveryKind(server.url, server.wsUrl, admin);
    const boardId = roadmap?.id ?? '';
    const csv = await download(server.url, admin, `/api/boards/${boardId}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="q3-roadmap.csv"; filename*=UTF-8''Q3%20roadmap.csv`,
    );
    const rows = parseCsv(csv.text);
    const billing = rows.find((row) => row['title'] === 'Usage billing');
    expect(billing).toMatchObject({
      lane: 'Platform',
      horizon: 'Now',
      status: 'in-progress',
      health: 'at-risk',
      'start date': '2026-03-15',
      'end date': '2026-05-15',
      release: 'Summer release',
      'release date': '2026-06-30',
      owner: 'Priya',
      tags: 'payments; q3',
      'RICE score': '500',
      'value/effort': '2',
    });
    expect(billing?.['description']).toContain(
      'Why it matters\nCharge per seat, then per call <b>not markup</b>',
    );
    const invoices = rows.find((row) => row['title'] === 'Invoices in the app');
    expect(invoices).toMatchObject({
      lane: 'Growth',
      horizon: 'Next',
      'depends on': 'Usage billing',
    });
    expect(invoices?.['links']).toMatch(/^[0-9A-Za-z]{16}\/[0-9A-Za-z]{16}$/);
    expect(rows.find((row) => row['title'] === 'Self-serve plans')).toMatchObject({
      lane: 'Growth',
      horizon: 'Later',
    });

    const md = await download(server.url, admin, `/api/boards/${boardId}/export?format=md`);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.text).toContain('# Q3 roadmap\n');
    expect(md.text).toContain(
      '## Platform\n\n### Now\n\n- **Usage billing** (status: in-progress, health: at-risk, dates: 2026-03-15 to 2026-05-15, owner: Priya, release: Summer release, tags: payments, q3)',
    );
    expect(md.text).toContain('- 2026-05-01: **Beta freeze** (milestone)');

    const ics = await download(server.url, admin, `/api/boards/${boardId}/export?format=ics`);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const billingId = (await exportJson(server.url, admin, boardId))['items'] as {
      id: string;
      title: string;
    }[];
    const billingEntry = billingId.find((item) => item.title === 'Usage billing');
    expect(ics.text).toContain(`UID:${billingEntry?.id}@${boardId}.cairn`);
    expect(ics.text).toContain('DTSTART;VALUE=DATE:20260315\r\nDTEND;VALUE=DATE:20260516');
    expect(ics.text).toContain('SUMMARY:Release: Summer release');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it('exports a launch plan, strategy, personas and a whiteboard readably', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const boards = await boardsOfEveryKind(server.url, server.wsUrl, admin);
    const byKind = (kind: string) => boards.find((board) => board.kind === kind)?.id ?? '';
    const file = (kind: string, format: string) =>
      download(server.url, admin, `/api/boards/${byKind(kind)}/export?format=${format}`);

    const launchMd = (await file('launch', 'md')).text;
    expect(launchMd).toContain('Launch date: 2026-09-15 (tier-1).');
    expect(launchMd).toContain('## Press \\& analyst relations (0% ready)');
    expect(launchMd).toMatch(
      /- \[ \] 2026-09-08 \(T-7d\): \*\*Brief the press\*\* \(status: in-progress, owner: Sam\)/,
    );
    const launchRows = parseCsv((await file('launch', 'csv')).text);
    expect(launchRows.find((row) => row['title'] === 'Brief the press')).toMatchObject({
      'due date': '2026-09-08',
      'relative to launch': 'T-7d',
    });
    const launchIcs = (await file('launch', 'ics')).text;
    expect(launchIcs).toContain(`UID:launch@${byKind('launch')}.cairn\r\n`);
    expect(launchIcs).toContain('SUMMARY:Launch: Billing launch');

    const strategyMd = (await file('strategy', 'md')).text;
    expect(strategyMd).toContain(
      'For product teams who plan in five tools, unlike spreadsheets, we keep one live plan.',
    );
    expect(strategyMd).toContain('- Key result: Weekly active teams: 260 of 400 teams (from 120)');
    expect(parseCsv((await file('strategy', 'csv')).text).map((row) => row['type'])).toEqual([
      'goal',
      'competitor',
    ]);

    const personasRows = parseCsv((await file('personas', 'csv')).text);
    expect(personasRows[0]).toMatchObject({
      name: 'Priya, the platform PM',
      pains: 'The roadmap drifts from the plan; Five tools',
    });
    const personasIcs = (await file('personas', 'ics')).text;
    expect(personasIcs).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(personasIcs).not.toContain('BEGIN:VEVENT');

    const canvasRows = parseCsv((await file('canvas', 'csv')).text);
    expect(canvasRows.map((row) => row['text'])).toEqual([
      'Slow onboarding',
      'Pricing page',
      'A note from REST',
    ]);
    expect((await file('canvas', 'md')).text).toContain('- Slow onboarding\n');
  });

  it('answers 400 naming the formats for an unknown one', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const board = await api<BoardSummary>(server.url, admin, 'POST', '/api/boards', {
      kind: 'roadmap',
      title: 'R',
    });
    for (const query of ['?format=xlsx', '']) {
      const answer = await api<{ error: string }>(
        server.url,
        admin,
        'GET',
        `/api/boards/${board.body.id}/export${query}`,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/use one of json, csv, md, ics/);
    }
  });
});

describe('who may export and import', () => {
  it('lets viewers export, editors import as the new board’s admin, and hides boards from others', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const viewer = server.token('viewer');
    const board = await api<BoardSummary>(server.url, admin, 'POST', '/api/boards', {
      kind: 'roadmap',
      title: 'Shared plan',
    });
    for (const format of ['json', 'csv', 'md', 'ics']) {
      const file = await download(
        server.url,
        viewer,
        `/api/boards/${board.body.id}/export?format=${format}`,
      );
      expect(file.status, format).toBe(200);
    }
    const document = await exportJson(server.url, viewer, board.body.id);
    const byViewer = await api(server.url, viewer, 'POST', '/api/boards/import', document);
    expect(byViewer.status).toBe(403);
    const csvByViewer = await api(server.url, viewer, 'POST', '/api/boards/import', {
      csv: 'title\nA',
      title: 'X',
      mapping: { title: 'title' },
    });
    expect(csvByViewer.status).toBe(403);

    const owner = await server.signUp({ email: 'first@example.com', name: 'First' });
    const stranger = await server.signUp({ email: 'stranger@example.com', name: 'Stranger' });
    server.setWorkspaceRole(owner.userId, 'editor');
    const none = await apiAs(
      server.url,
      { cookie: stranger.cookie },
      'GET',
      `/api/boards/${board.body.id}/export?format=json`,
    );
    expect(none.status).toBe(404);
    const noneImport = await apiAs(
      server.url,
      { cookie: stranger.cookie },
      'POST',
      '/api/boards/import',
      document,
    );
    expect(noneImport.status).toBe(403);

    const imported = await apiAs<{ board: BoardSummary }>(
      server.url,
      { cookie: owner.cookie },
      'POST',
      '/api/boards/import',
      document,
    );
    expect(imported.status).toBe(201);
    server.setWorkspaceRole(owner.userId, null);
    const role = await apiAs<{ role: string }>(
      server.url,
      { cookie: owner.cookie },
      'GET',
      `/api/boards/${imported.body.board.id}/role`,
    );
    expect(role.body.role).toBe('admin');
    const fields = await api(server.url, viewer, 'GET', '/api/boards/import/fields');
    expect(fields.status).toBe(403);
  });
});

describe('hostile text through every format', () => {
  it('keeps every naughty string as text in JSON, CSV, Markdown and the calendar', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    const titles = [
      ...new Set(
        naughtyStrings()
          .map((text) => text.trim())
          .filter((text) => text !== '' && [...text].length <= 200 && !/\p{Cs}/u.test(text)),
      ),
    ];
    const items = titles.map((title, index) => ({
      id: `naughty${String(index).padStart(5, '0')}`,
      title,
      owner: [...title].slice(0, 100).join(''),
      endDate: '2026-06-01',
      description: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }],
      },
      placement: { lane: 'lane', horizon: 'now', order: `a${String(index).padStart(5, '0')}` },
    }));
    const imported = await importJson(server.url, admin, {
      format: 'cairn.board',
      version: 1,
      kind: 'roadmap',
      title: '<img src=x onerror=alert(1)> =HYPERLINK("http://evil")',
      lanes: [{ id: 'lane', name: '[lane](javascript:alert(1))', order: 'a0', archived: false }],
      horizons: [{ id: 'now', name: 'Now', order: 'a0' }],
      items,
    });
    expect(imported.entries).toBe(titles.length);
    const boardId = imported.board.id;

    const json = await exportJson(server.url, admin, boardId);
    expect((json['items'] as { title: string }[]).map((item) => item.title)).toEqual(titles);

    const csv = await download(server.url, admin, `/api/boards/${boardId}/export?format=csv`);
    const rows = parseCsv(csv.text);
    expect(rows).toHaveLength(titles.length);
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(FORMULA_LIKE.test(cell), cell).toBe(false);
    }
    expect(rows.map((row) => restoreCsvCell(row['title'] ?? ''))).toEqual(titles);
    expect(rows.map((row) => restoreCsvCell(row['description'] ?? ''))).toEqual(titles);

    const md = (await download(server.url, admin, `/api/boards/${boardId}/export?format=md`)).text;
    const unescaped = md.replace(/\\[!-/:-@[-`{-~]/g, '');
    expect(unescaped).not.toMatch(/[<>[\]`&]/);
    expect(md.split('\n').filter((line) => line.startsWith('- **'))).toHaveLength(titles.length);

    const ics = await download(server.url, admin, `/api/boards/${boardId}/export?format=ics`);
    expect(ics.status).toBe(200);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(titles.length);
    expect(unfolded.split('\r\n').every((line) => line === '' || /^[A-Z-]+[;:]/.test(line))).toBe(
      true,
    );

    const disposition = csv.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="img-src-x-onerror-alert-1-hyperlink-http-evil\.csv"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/,
    );
  });
});
