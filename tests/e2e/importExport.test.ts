import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import { watchHostilePage } from '../support/watchHostilePage.js';
import { CLASSIC_XSS_VECTORS, xssPayloads } from '../support/xssPayloads.js';

const e2e = useBrowserAndServer();

/** Every PNG file starts with these eight bytes. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A roadmap made over REST, with items in its default lane. */
async function roadmapWith(title: string, items: Record<string, unknown>[]): Promise<string> {
  const token = e2e.server.token('admin', 'Setup');
  const board = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  expect(board.status).toBe(201);
  for (const item of items) {
    const created = await api(
      e2e.server.url,
      token,
      'POST',
      `/api/boards/${board.body.id}/items`,
      item,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  return board.body.id;
}

/** Opens `path` (a board or /import) as a new person with a token of `role`. */
function openAs(path: string, role: 'viewer' | 'editor', name: string): Promise<BoardPage> {
  return openBoardPage(
    e2e.browser,
    `${e2e.server.url}${path}#token=${e2e.server.token(role, name)}`,
  );
}

/** The board header's Export menu button. */
function exportButton(page: Page) {
  return page.getByRole('button', { name: 'Export', exact: true });
}

/** Chooses `item` in the Export menu and returns the download it starts. */
async function exportAs(page: Page, item: RegExp): Promise<Download> {
  await exportButton(page).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return downloading;
}

/** The text of the focused element. The tests have no DOM types: the script is a string. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement?.textContent ?? ""');
}

/** The `aria-haspopup` of the focused element: `menu` on the Export button. */
function focusedPopup(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement?.getAttribute("aria-haspopup") ?? ""');
}

async function downloaded(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Hostile titles from the shared list: markup and script that must stay text. */
const HOSTILE = [CLASSIC_XSS_VECTORS[0] ?? '', CLASSIC_XSS_VECTORS[1] ?? ''];

/** More of them (classic vectors, then naughty strings), one row each. */
const MORE_HOSTILE = xssPayloads(40).filter((text) => !HOSTILE.includes(text));

/** A cell as a CSV writer quotes it: in quotes, quotes doubled. */
function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A file as Jira Cloud's "Export CSV (all fields)" writes it: BOM, repeated Labels, Jira dates. */
function jiraCsv(rows: readonly (readonly string[])[]): string {
  const header = [
    'Summary',
    'Issue key',
    'Issue Type',
    'Status',
    'Assignee',
    'Due date',
    'Labels',
    'Labels',
    'Fix versions',
    'Description',
    'Parent summary',
  ];
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const JIRA_ROWS = [
  [
    'Usage-based billing',
    'BILL-1',
    'Epic',
    'In Progress',
    'Priya Shah',
    '30/Jun/26 12:00 AM',
    'payments',
    '',
    '2026.3',
    'Move every plan to usage-based pricing.',
    '',
  ],
  [
    'Show invoices in the app',
    'BILL-3',
    'Story',
    'To Do',
    '',
    '',
    'ui',
    'billing',
    '2026.4',
    'Invoices, credit notes\nand receipts, in one list.',
    'Usage-based billing',
  ],
  [
    '=1+2 formula-looking title',
    'BILL-5',
    'Task',
    'Done',
    'Marco Rossi',
    '01/Mar/26 12:00 AM',
    '',
    '',
    '',
    '',
    'Usage-based billing',
  ],
  [
    HOSTILE[0] ?? '',
    'SEC-1',
    'Bug',
    'To Do',
    HOSTILE[1] ?? '',
    '',
    '',
    '',
    '',
    HOSTILE[1] ?? '',
    '',
  ],
  [HOSTILE[1] ?? '', 'SEC-2', 'Bug', 'To Do', '', '', '', '', '', '', ''],
  ...MORE_HOSTILE.map((title, index) => [
    title,
    `SEC-${index + 3}`,
    'Bug',
    'To Do',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ]),
];

/** A real Jira Cloud "Export CSV (all fields)" file (tests/fixtures/jira). */
const JIRA_SAMPLE = fileURLToPath(
  new URL('../fixtures/jira/jira-cloud-all-fields.csv', import.meta.url),
);

/** A plain CSV with a bad date in row 2 and no title in row 3. */
const BAD_CSV =
  'Title,Start date,End date\nFine item,2026-01-05,2026-02-01\nBad dates,2026-03-01,not a date\n,2026-01-01,\n';

/** The titles of the cards of a roadmap page, sorted. */
async function cardTitles(board: BoardPage): Promise<string[]> {
  const titles = await board.page
    .locator('[data-testid="item-card"] .item-card__title')
    .allTextContents();
  return titles.map((title) => title.trim()).sort();
}

/** Picks `file` on the import page, as a person choosing it in the file dialog would. */
async function pickFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer } | string,
) {
  await page.getByLabel('Choose a file to import').setInputFiles(file);
}

/** Expects nothing in `board` to have run a script from hostile text. */
async function expectNoScript(board: BoardPage, watch: ReturnType<typeof watchHostilePage>) {
  expect(await watch.marker()).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(await watch.eventAttributes()).toBe(0);
  expect(watch.cspErrors).toEqual([]);
  expect(await board.page.locator('main img, main script, main iframe').count()).toBe(0);
}

describe('import and export round trips in Chromium', () => {
  it('imports a Jira CSV through the mapping step, exports it as JSON and imports that again', async () => {
    const importer = await openAs('/', 'editor', 'Ada Importer');
    const watch = watchHostilePage(importer.page);
    await importer.page.getByRole('link', { name: 'Import a board from a file' }).click();
    await importer.page.getByRole('heading', { name: 'Import a board' }).waitFor();
    await pickFile(importer.page, {
      name: 'jira-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(jiraCsv(JIRA_ROWS)),
    });

    // The preview shows the file as text, hostile cells included.
    const preview = importer.page.getByTestId('csv-preview');
    await preview.waitFor();
    for (const title of HOSTILE) {
      await expect.poll(() => preview.getByText(title, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await preview.locator('img, script').count()).toBe(0);

    // A Jira export: the preset picks the columns.
    await importer.page.getByText('This looks like a Jira export').waitFor();
    expect(await importer.page.getByLabel('Title (required)').inputValue()).toBe('Summary');
    expect(await importer.page.getByLabel('Owner').inputValue()).toBe('Assignee');
    expect(await importer.page.getByLabel('End or target date').inputValue()).toBe('Due date');
    expect(await importer.page.getByLabel('Tags').inputValue()).toBe('Labels');
    const title = importer.page.getByLabel('Board title');
    expect(await title.inputValue()).toBe('jira-export');
    await title.fill('Billing from Jira');

    await importer.page.getByRole('button', { name: 'Check' }).click();
    await importer.page.getByText(`All ${JIRA_ROWS.length} items are ready to import.`).waitFor();
    await importer.page.getByRole('button', { name: `Import ${JIRA_ROWS.length} items` }).click();
    await importer.page.waitForURL(/\/b\/[0-9A-Za-z]+$/);
    await importer.saved();
    await importer.page.getByRole('heading', { level: 1, name: 'Billing from Jira' }).waitFor();
    const imported = JIRA_ROWS.map((row) => row[0] ?? '').sort();
    await expect.poll(() => cardTitles(importer)).toEqual(imported);
    await expectNoScript(importer, watch);

    // JSON export from the header, then import of that file: the same items on a new board.
    const json = await exportAs(importer.page, /^JSON/);
    expect(json.suggestedFilename()).toBe('Billing from Jira.json');
    const document = JSON.parse((await downloaded(json)).toString('utf8')) as {
      format: string;
      kind: string;
      items: { title: string }[];
    };
    expect(document).toMatchObject({ format: 'cairn.board', kind: 'roadmap' });
    expect(document.items.map((item) => item.title).sort()).toEqual(imported);
    const firstBoard = importer.page.url();

    await importer.page.goto(`${e2e.server.url}/import`);
    await pickFile(importer.page, await json.path());
    const summary = importer.page.getByTestId('import-summary');
    await summary.getByText('Billing from Jira', { exact: true }).waitFor();
    await summary.getByText(new RegExp(`^${JIRA_ROWS.length} items`)).waitFor();
    await importer.page.getByRole('button', { name: 'Import board' }).click();
    await importer.page.waitForURL(
      (url) => /\/b\/[0-9A-Za-z]+$/.test(url.pathname) && url.href !== firstBoard,
    );
    await importer.saved();
    await expect.poll(() => cardTitles(importer)).toEqual(imported);

    // CSV export: every item, and the formula-looking title neutralised for spreadsheets.
    const csv = await exportAs(importer.page, /^CSV/);
    expect(csv.suggestedFilename()).toBe('Billing from Jira.csv');
    const csvText = (await downloaded(csv)).toString('utf8');
    expect(csvText).toContain('Show invoices in the app');
    expect(csvText).toContain("'=1+2 formula-looking title");
    expect(csvText).not.toMatch(/(^|,)"?=1\+2/m);

    await expectNoScript(importer, watch);
    await importer.close();
  });

  it('imports the Jira Cloud sample with the Jira columns chosen for the person', async () => {
    const importer = await openAs('/import', 'editor', 'Cy Jira');
    await pickFile(importer.page, JIRA_SAMPLE);
    await importer.page.getByText('This looks like a Jira export').waitFor();
    const chosen = {
      'Title (required)': 'Summary',
      Description: 'Description',
      Status: 'Status',
      Owner: 'Assignee',
      'End or target date': 'Due date',
      Release: 'Fix versions',
      Tags: 'Labels',
      Epic: 'Parent summary',
    };
    for (const [label, header] of Object.entries(chosen)) {
      expect(await importer.page.getByLabel(label, { exact: true }).inputValue(), label).toBe(
        header,
      );
    }
    await importer.page.getByRole('button', { name: 'Check' }).click();
    const ready = importer.page.getByText(/^All \d+ items are ready to import\.$/);
    await ready.waitFor();
    const count = Number(/\d+/.exec(await ready.innerText())?.[0]);
    expect(count).toBeGreaterThan(5);
    await importer.page.getByRole('button', { name: `Import ${count} items` }).click();
    await importer.page.waitForURL(/\/b\/[0-9A-Za-z]+$/);
    await importer.saved();
    await importer.page.getByRole('heading', { level: 1, name: 'jira-cloud-all-fields' }).waitFor();
    await expect.poll(async () => (await cardTitles(importer)).length).toBe(count);
    await importer.card('Usage-based billing').waitFor();
    await importer.close();
  });

  it('lists the rows at fault and creates nothing while any row has a problem', async () => {
    const editor = e2e.server.token('editor', 'Bo Checker');
    const before = await api<unknown[]>(e2e.server.url, editor, 'GET', '/api/boards');
    const importer = await openAs('/import', 'editor', 'Bo Checker');
    await pickFile(importer.page, {
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_CSV),
    });
    // Plain headers are matched to the fields by name.
    expect(await importer.page.getByLabel('Title (required)').inputValue()).toBe('Title');
    expect(await importer.page.getByLabel('Start date').inputValue()).toBe('Start date');
    await importer.page.getByRole('button', { name: 'Check' }).click();
    const problems = importer.page.getByRole('list', { name: 'Problems in the file' });
    await problems.waitFor();
    const lines = await problems.getByRole('listitem').allTextContents();
    expect(lines.some((line) => line.startsWith('Row 2, End date: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('Row 3, Title: '))).toBe(true);
    // Import waits for a file or columns without problems; the server would refuse it too.
    expect(await importer.page.getByRole('button', { name: 'Import 3 items' }).isDisabled()).toBe(
      true,
    );
    const refused = await api<{ problems: unknown[] }>(
      e2e.server.url,
      editor,
      'POST',
      '/api/boards/import',
      {
        csv: BAD_CSV,
        title: 'plan',
        kind: 'roadmap',
        mapping: { title: 'Title', endDate: 'End date' },
      },
    );
    expect(refused.status).toBe(400);
    const after = await api<unknown[]>(e2e.server.url, editor, 'GET', '/api/boards');
    expect(after.body.length).toBe(before.body.length);
    await importer.close();
  });

  it('lets a viewer export but not import, and says when export needs the server', async () => {
    const id = await roadmapWith('Read-only plan', [{ title: 'Shared item', horizon: 'now' }]);
    const viewer = await openAs(`/b/${id}`, 'viewer', 'Vera Viewer');
    await viewer.saved();
    const md = await exportAs(viewer.page, /^Markdown/);
    expect(md.suggestedFilename()).toBe('Read-only plan.md');
    expect((await downloaded(md)).toString('utf8')).toContain('Shared item');
    const ics = await exportAs(viewer.page, /^Calendar/);
    expect((await downloaded(ics)).toString('utf8')).toContain('BEGIN:VCALENDAR');

    // The server out of reach: the menu says so, and pictures still work.
    await viewer.page.route('**/export?format=*', (route) => route.abort('internetdisconnected'));
    await exportButton(viewer.page).click();
    await viewer.page.getByRole('menuitem', { name: /^JSON/ }).click();
    await viewer.page
      .getByRole('alert')
      .getByText(/^Export needs a connection to the server/)
      .waitFor();
    await viewer.page.getByText('Image and PDF exports work without one.').waitFor();
    await viewer.page.getByRole('button', { name: 'Dismiss' }).click();
    const png = await exportAs(viewer.page, /^Image \(PNG\)/);
    expect([...(await downloaded(png)).subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    await viewer.page.goto(`${e2e.server.url}/import`);
    await viewer.page
      .getByText(/^Importing creates a new board, which needs the editor role/)
      .waitFor();
    expect(await viewer.page.getByLabel('Choose a file to import').count()).toBe(0);
    await viewer.close();
  });
});

describe('export of a roadmap view as a picture in Chromium', () => {
  it('saves the view on screen as a PNG and as a PDF, and the menu works from the keyboard', async () => {
    const id = await roadmapWith('Picture roadmap', [
      {
        title: 'Checkout redesign',
        horizon: 'now',
        startDate: '2026-03-02',
        endDate: '2026-03-13',
      },
      { title: 'Mobile onboarding', horizon: 'next' },
      { title: 'Offline mode', horizon: 'later' },
    ]);
    const board = await openAs(`/b/${id}`, 'editor', 'Ada');
    await board.saved();
    const watch = watchHostilePage(board.page);

    // Keyboard: ArrowDown opens on the first item, arrows move, Escape closes back to the button.
    await exportButton(board.page).focus();
    await board.page.keyboard.press('ArrowDown');
    const menu = board.page.getByRole('menu', { name: 'Export as' });
    await menu.waitFor();
    await expect.poll(() => focusedText(board.page)).toMatch(/^JSON/);
    await board.page.keyboard.press('End');
    await expect.poll(() => focusedText(board.page)).toMatch(/^PDF/);
    await board.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focusedPopup(board.page)).toBe('menu');

    const png = await exportAs(board.page, /^Image \(PNG\)/);
    expect(png.suggestedFilename()).toBe('Picture roadmap - Board.png');
    const pngBytes = await downloaded(png);
    expect([...pngBytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngBytes.length).toBeGreaterThan(10_000);
    // The picture is the view at twice its size, under a title line: wider than 1,000 pixels.
    expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1_000);

    await board.page.getByRole('tab', { name: 'Timeline' }).click();
    const pdf = await exportAs(board.page, /^PDF/);
    expect(pdf.suggestedFilename()).toBe('Picture roadmap - Timeline.pdf');
    const pdfBytes = await downloaded(pdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(10_000);

    expect(watch.cspErrors).toEqual([]);
    await board.close();
  });
});
