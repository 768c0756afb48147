import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { useTestServer } from '../support/useTestServer.js';

/**
 * Issue 8, CSV import: a Jira Cloud "Export Excel CSV (all fields)" file (byte order mark,
 * repeated Labels and Fix versions columns, quoted multi-line descriptions, Jira's dates) becomes
 * a roadmap with the right lanes, statuses, labels, releases and dates; a file with bad rows is
 * refused whole, each problem named by row and column.
 */

const JIRA_CSV = readFileSync(
  new URL('../fixtures/jira/jira-cloud-all-fields.csv', import.meta.url),
  'utf8',
);

interface ImportFields {
  fields: { name: string; label: string; required: boolean; description: string }[];
  presets: Record<string, Record<string, string>>;
}

interface RoadmapBoard {
  lanes: { id: string; name: string }[];
  releases: { id: string; name: string; date: string }[];
  items: {
    title: string;
    lane: string;
    horizon: string;
    status: string;
    owner: string;
    tags: string[];
    startDate: string | null;
    endDate: string | null;
    releaseId: string | null;
    description: string;
  }[];
}

interface ImportAnswer {
  board: { id: string; title: string; kind: string };
  entries: number;
}

interface Refusal {
  error: string;
  problems: { row: number; column: string | null; reason: string }[];
}

/** Posts a CSV import as the web app's mapping step does. */
function importCsv(url: string, token: string, body: Record<string, unknown>) {
  return api<ImportAnswer & Refusal & { entries: number }>(
    url,
    token,
    'POST',
    '/api/boards/import',
    body,
  );
}

/** `text/csv` with query parameters, as a program would post a file. */
async function postCsvFile(url: string, token: string, query: string, csv: string) {
  const response = await fetch(`${url}/api/boards/import${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as ImportAnswer & Refusal };
}

/** `csv` with the data row `row` (1 = first after the header) changed by `change`. */
function withRow(csv: string, row: number, change: (cells: string) => string): string {
  const lines = csv.split('\r\n');
  // Found by issue key: rows 2 and 4 span several lines (quoted line breaks).
  const index = lines.findIndex((line) =>
    line.includes(
      `,${['BILL-1', 'BILL-2', 'BILL-3', 'BILL-4', 'AUTH-1', 'AUTH-2', 'AUTH-3', 'AUTH-4'][row - 1]},`,
    ),
  );
  lines[index] = change(lines[index] ?? '');
  return lines.join('\r\n');
}

describe('importing a Jira CSV export', () => {
  it('makes a roadmap with Jira’s epics as lanes, its statuses, labels, fix versions and due dates', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const fields = await api<ImportFields>(server.url, editor, 'GET', '/api/boards/import/fields');
    expect(fields.status).toBe(200);
    expect(fields.body.fields.find((field) => field.name === 'title')).toMatchObject({
      required: true,
    });
    const mapping = fields.body.presets['jira'] ?? {};
    expect(mapping).toMatchObject({
      title: 'Summary',
      status: 'Status',
      tags: 'Labels',
      release: 'Fix versions',
    });

    const imported = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'Billing and auth',
      kind: 'roadmap',
      mapping,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.entries).toBe(8);
    expect(imported.body.board).toMatchObject({ title: 'Billing and auth', kind: 'roadmap' });

    const board = (
      await api<RoadmapBoard>(server.url, editor, 'GET', `/api/boards/${imported.body.board.id}`)
    ).body;
    expect(board.lanes.map((lane) => lane.name)).toEqual([
      'General',
      'Usage-based billing',
      'Enterprise readiness',
    ]);
    expect(board.releases.map(({ name, date }) => ({ name, date }))).toEqual([
      { name: '2026.3', date: '2026-06-30' },
      { name: '2026.4', date: '2026-04-30' },
    ]);
    const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
    const releaseName = new Map(board.releases.map((release) => [release.id, release.name]));
    const item = (title: string) => {
      const found = board.items.find((candidate) => candidate.title === title);
      if (!found) throw new Error(`no item ${title}`);
      return {
        lane: laneName.get(found.lane),
        horizon: found.horizon,
        status: found.status,
        owner: found.owner,
        tags: found.tags,
        endDate: found.endDate,
        release: found.releaseId === null ? null : releaseName.get(found.releaseId),
      };
    };
    expect(item('Meter API calls per workspace')).toEqual({
      lane: 'Usage-based billing',
      horizon: 'now',
      status: 'in-progress',
      owner: 'Priya Shah',
      tags: ['backend', 'payments'],
      endDate: '2026-05-15',
      release: '2026.3',
    });
    expect(item('Show invoices in the app')).toMatchObject({
      status: 'planned',
      horizon: 'next',
      owner: '',
      endDate: null,
      release: '2026.4',
    });
    expect(item('Rounding error on invoices, €0.01 off')).toMatchObject({
      status: 'shipped',
      tags: ['bug', 'customer-reported', 'payments'],
      endDate: '2026-03-01',
      release: '2026.3',
    });
    expect(item('SSO with Okta')).toMatchObject({
      lane: 'Enterprise readiness',
      status: 'in-progress',
      endDate: '2026-04-30',
    });
    expect(item('Audit log export')).toMatchObject({
      lane: 'General',
      status: 'idea',
      horizon: 'later',
      tags: [],
    });
    expect(item('Café menu translations')).toMatchObject({
      status: 'cancelled',
      owner: 'Zoë Martín',
    });
    expect(item('Usage-based billing')).toMatchObject({
      lane: 'General',
      status: 'in-progress',
      endDate: '2026-06-30',
    });
    const meter = board.items.find(
      (candidate) => candidate.title === 'Meter API calls per workspace',
    );
    expect(meter?.description).toBe(
      'As a finance lead, I want calls metered per workspace, so that invoices match usage.\n\nAcceptance criteria:\n* counts survive a restart\n* "burst" traffic is counted once, not twice',
    );
    const rounding = board.items.find((candidate) => candidate.title.startsWith('Rounding'));
    expect(rounding?.description).toBe(
      'Totals are rounded per line instead of per invoice.\nSee ticket #4521.',
    );

    const role = await api<{ role: string }>(
      server.url,
      editor,
      'GET',
      `/api/boards/${imported.body.board.id}/role`,
    );
    expect(role.status).toBe(200);
  });

  it('takes the file as text/csv with ?preset=jira, and checks without creating on a dry run', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const before = await api<unknown[]>(server.url, editor, 'GET', '/api/boards');
    const dry = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'Dry run',
      mapping: { title: 'Summary', labels: 'Labels', targetDate: 'Due date' },
      dryRun: true,
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ entries: 8, problems: [] });
    const dryFile = await postCsvFile(server.url, editor, '?preset=jira&dryRun=1', JIRA_CSV);
    expect(dryFile.body).toEqual({ entries: 8, problems: [] });
    expect((await api<unknown[]>(server.url, editor, 'GET', '/api/boards')).body).toEqual(
      before.body,
    );

    const posted = await postCsvFile(
      server.url,
      editor,
      `?preset=jira&title=${encodeURIComponent('Jira, imported')}`,
      JIRA_CSV,
    );
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.board.title).toBe('Jira, imported');
    expect(posted.body.entries).toBe(8);
    const plain = await postCsvFile(
      server.url,
      editor,
      '',
      'Title,Status,Lane,Horizon,Start date,End date\r\nUsage billing,In progress,Platform,now,2026-03-01,2026-04-01\r\n',
    );
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.board.title).toBe('Imported roadmap');
  });

  it('refuses a file with bad rows, naming each row and column, and creates nothing', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const before = await api<unknown[]>(server.url, editor, 'GET', '/api/boards');
    let csv = withRow(JIRA_CSV, 3, (line) =>
      line.replace(
        ',,Dana Okafor,04/Feb/26 10:00 AM,04/Feb/26 10:00 AM,,',
        ',,Dana Okafor,04/Feb/26 10:00 AM,04/Feb/26 10:00 AM,31/Feb/26,',
      ),
    );
    csv = withRow(csv, 5, (line) => line.replace(/^Enterprise readiness,/, ','));
    csv = withRow(csv, 7, (line) => line.replace(',Backlog,', ',Frobnicated,'));
    const refused = await importCsv(server.url, editor, {
      csv,
      title: 'Broken',
      mapping: { title: 'Summary', status: 'Status', endDate: 'Due date' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('3 rows have problems; nothing was imported.');
    expect(refused.body.problems.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 3, column: 'Due date' },
      { row: 5, column: 'Summary' },
      { row: 7, column: 'Status' },
    ]);
    expect(refused.body.problems[0]?.reason).toMatch(/"31\/Feb\/26" is not a date/);
    expect(refused.body.problems[2]?.reason).toMatch(/Status "Frobnicated" is not one Cairn knows/);
    const badMapping = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'X',
      mapping: { title: 'Headline' },
    });
    expect(badMapping.status).toBe(400);
    expect(badMapping.body.error).toMatch(/title is mapped to "Headline", which is not a column/);
    const unknownField = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'X',
      mapping: { title: 'Summary', priority: 'Priority' },
    });
    expect(unknownField.body.error).toMatch(/unknown field "priority"/);
    const noTitle = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: '',
      mapping: { title: 'Summary' },
    });
    expect(noTitle.status).toBe(400);
    const strategy = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'X',
      kind: 'strategy',
      mapping: { title: 'Summary' },
    });
    expect(strategy.status).toBe(400);
    expect(strategy.body).toEqual({
      error: 'kind: must be roadmap or launch: a CSV file becomes a roadmap or a launch plan',
      problems: [],
    });
    const tooMany = await postCsvFile(
      server.url,
      editor,
      '',
      `title\r\n${'An item\r\n'.repeat(5_001)}`,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toBe(
      'The file has 5001 rows; an import takes at most 5000. Split it into several files.',
    );
    expect((await api<unknown[]>(server.url, editor, 'GET', '/api/boards')).body).toEqual(
      before.body,
    );
  });

  it('answers 413 for a file over the body limit, and creates nothing', async () => {
    const server = await useTestServer({ variables: { CAIRN_MAX_BODY_BYTES: '2000' } });
    const editor = server.token('editor');
    const posted = await postCsvFile(server.url, editor, '?preset=jira', JIRA_CSV);
    expect(posted.status).toBe(413);
    const asJson = await importCsv(server.url, editor, {
      csv: JIRA_CSV,
      title: 'X',
      mapping: { title: 'Summary' },
    });
    expect(asJson.status).toBe(413);
    expect((await api<unknown[]>(server.url, editor, 'GET', '/api/boards')).body).toEqual([]);
  });

  it('imports 5,000 rows in one request', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const rows = Array.from(
      { length: 5_000 },
      (_, index) =>
        `Item ${index},Team ${index % 7},${['To Do', 'In Progress', 'Done'][index % 3]}`,
    );
    const started = performance.now();
    const posted = await postCsvFile(
      server.url,
      editor,
      '?title=Big',
      `Title,Lane,Status\r\n${rows.join('\r\n')}\r\n`,
    );
    const seconds = (performance.now() - started) / 1000;
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.entries).toBe(5_000);
    console.log(`imported 5,000 CSV rows in ${seconds.toFixed(2)} s`);
  });
});

describe('importing a launch plan from CSV', () => {
  it('makes tasks on tracks by name, due dates relative to launch day, and refuses bad rows whole', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const fields = await api<ImportFields>(
      server.url,
      editor,
      'GET',
      '/api/boards/import/fields?kind=launch',
    );
    expect(fields.body.fields.map((field) => field.name)).toEqual([
      'title',
      'description',
      'track',
      'status',
      'owner',
      'dueDate',
      'offsetDays',
    ]);
    const csv = [
      'Task,Team,State,Who,Due,Offset',
      'Press briefing,Press & analyst relations,In Progress,Sam,2026-09-08,',
      'Pricing page,Web,To Do,,,T-14d',
      'Launch,marketing,Done,Mia,15/Sep/26 9:00 AM,',
    ].join('\r\n');
    const mapping = {
      title: 'Task',
      track: 'Team',
      status: 'State',
      owner: 'Who',
      dueDate: 'Due',
      offsetDays: 'Offset',
    };
    const imported = await importCsv(server.url, editor, {
      csv,
      title: 'Autumn launch',
      kind: 'launch',
      mapping,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.board.kind).toBe('launch');
    const plan = await api<{
      launchDate: string;
      tracks: { id: string; name: string }[];
      items: {
        title: string;
        track: string;
        status: string;
        owner: string;
        offsetDays: number;
        dueDate: string;
      }[];
    }>(server.url, editor, 'GET', `/api/boards/${imported.body.board.id}`);
    expect(plan.body.launchDate).toBe('2026-09-15');
    const trackName = new Map(plan.body.tracks.map((track) => [track.id, track.name]));
    expect(plan.body.tracks.map((track) => track.name)).toContain('Web');
    const tasks = Object.fromEntries(
      plan.body.items.map((task) => [
        task.title,
        [trackName.get(task.track), task.status, task.offsetDays, task.dueDate],
      ]),
    );
    expect(tasks).toEqual({
      'Press briefing': ['Press & analyst relations', 'in-progress', -7, '2026-09-08'],
      'Pricing page': ['Web', 'todo', -14, '2026-09-01'],
      Launch: ['Marketing', 'done', 0, '2026-09-15'],
    });

    const before = await api<unknown[]>(server.url, editor, 'GET', '/api/boards');
    const bad = await importCsv(server.url, editor, {
      csv: `${csv}\r\nBroken,Web,Sleeping,,2026-13-01,`,
      title: 'Broken',
      kind: 'launch',
      launchDate: '2026-09-15',
      mapping,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 4, column: 'State' },
      { row: 4, column: 'Due' },
    ]);
    const far = await importCsv(server.url, editor, {
      csv: 'Task,Due\r\nToo early,2020-01-01',
      title: 'Far',
      kind: 'launch',
      launchDate: '2026-09-15',
      mapping: { title: 'Task', dueDate: 'Due' },
    });
    expect(far.status).toBe(400);
    expect(far.body.problems[0]?.reason).toMatch(/within 730 days of launch day/);
    expect((await api<unknown[]>(server.url, editor, 'GET', '/api/boards')).body).toEqual(
      before.body,
    );
  });
});
