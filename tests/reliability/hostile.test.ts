import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { FORMULA_LIKE, parseCsvObjects, restoreCsvCell } from '../support/parseCsv.js';
import {
  watchHostilePage,
  withoutSpace,
  type HostilePageWatch,
} from '../support/watchHostilePage.js';
import { reportReliability, sized } from '../support/reliability.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import { CLASSIC_XSS_VECTORS, xssPayloads } from '../support/xssPayloads.js';

/**
 * Part 8: hostile text everywhere people can type it (board titles, item titles, comments,
 * people's names, and the whiteboard's SVG export), rendered by the built web app in Chromium:
 * no script runs, everything shows as text. Many payloads share each page to keep it lean.
 */

const COUNT = sized(50, 500);
/** Payloads per sticky on the whiteboard, one per line. */
const PER_STICKY = 10;

const e2e = useBrowserAndServer();

/** What one surface showed. */
interface SurfaceResult {
  readonly surface: string;
  readonly payloads: number;
  /** Payloads whose text the page (or file) does not show. */
  readonly missing: string[];
  readonly dialogs: number;
  readonly markerSet: boolean;
  readonly cspErrors: number;
  readonly pageErrors: number;
  readonly eventAttributes: number;
}

/** Opens `url` in a fresh context, signed in by the `#token=` fragment, with a watch on it. */
async function openWatched(url: string): Promise<{ page: Page; watch: HostilePageWatch }> {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  const watch = watchHostilePage(page);
  await page.goto(url);
  return { page, watch };
}

async function inspect(
  surface: string,
  payloads: readonly string[],
  watch: HostilePageWatch,
  text: string,
): Promise<SurfaceResult> {
  return {
    surface,
    payloads: payloads.length,
    missing: payloads.filter((payload) => !text.includes(withoutSpace(payload))),
    dialogs: watch.dialogs.length,
    markerSet: (await watch.marker()) !== undefined,
    cspErrors: watch.cspErrors.length,
    pageErrors: watch.pageErrors.length,
    eventAttributes: await watch.eventAttributes(),
  };
}

/**
 * Runs the whiteboard's Export SVG and returns the download, or the error the page logged
 * instead of downloading (whichever comes first).
 */
async function exportSvg(page: Page): Promise<Download | string> {
  await page
    .getByRole('toolbar', { name: 'Whiteboard' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const downloaded = page.waitForEvent('download');
  const failed = page
    .waitForEvent('console', {
      predicate: (message) => message.type() === 'error' && /export/i.test(message.text()),
    })
    .then((message) => message.text());
  // The loser of the race rejects when its page closes; that is not a failure.
  downloaded.catch(() => undefined);
  failed.catch(() => undefined);
  await page.getByRole('button', { name: /^Export SVG/ }).click();
  return Promise.race([downloaded, failed]);
}

/** A canvas board holding one sticky per entry of `texts`, placed on a grid. */
async function whiteboardWith(texts: readonly string[]): Promise<string> {
  const { url } = e2e.server;
  const admin = e2e.server.token('admin', 'Hostile admin');
  const canvas = await api<{ id: string }>(url, admin, 'POST', '/api/boards', {
    title: 'Hostile whiteboard',
    kind: 'canvas',
  });
  expect(canvas.status).toBe(201);
  for (const [index, title] of texts.entries()) {
    const note = await api(url, admin, 'POST', `/api/boards/${canvas.body.id}/items`, {
      title,
      x: 40 + (index % 10) * 260,
      y: 40 + Math.floor(index / 10) * 600,
    });
    expect(note.status).toBe(201);
  }
  return canvas.body.id;
}

/** Where the exported SVG is opened, as its own document (routed, never fetched). */
const EXPORT_URL = 'http://export.invalid/board.svg';

/** Board titles: one board per payload, all listed on the workspace home. */
async function boardTitlesOnHome(payloads: readonly string[], admin: string) {
  const { url } = e2e.server;
  const boardIds: string[] = [];
  for (const title of payloads) {
    const created = await api<{ id: string }>(url, admin, 'POST', '/api/boards', {
      title,
      kind: 'roadmap',
    });
    expect(created.status, title).toBe(201);
    boardIds.push(created.body.id);
  }
  const { page, watch } = await openWatched(`${url}/#token=${admin}`);
  await page
    .getByText(payloads.at(-1) ?? '', { exact: true })
    .first()
    .waitFor();
  const result = await inspect('board titles (home)', payloads, watch, await watch.compactText());
  await page.context().close();
  return { boardIds, result };
}

/**
 * Item titles, comments and the names of the people who wrote them, on one roadmap. Each
 * comment's author is named with the next payload, so names and bodies are checked apart.
 */
async function itemsCommentsAndNames(
  payloads: readonly string[],
  admin: string,
  boardId: string,
): Promise<SurfaceResult[]> {
  const { url } = e2e.server;
  for (const [index, payload] of payloads.entries()) {
    const item = await api(url, admin, 'POST', `/api/boards/${boardId}/items`, { title: payload });
    expect(item.status, payload).toBe(201);
    const author = e2e.server.token('commenter', payloads[(index + 1) % payloads.length]);
    const comment = await api(url, author, 'POST', `/api/boards/${boardId}/comments`, {
      body: payload,
    });
    expect(comment.status, payload).toBe(201);
  }
  const { page, watch } = await openWatched(`${url}/b/${boardId}#token=${admin}`);
  const cards = page.locator('[data-testid="item-card"]');
  await cards.nth(payloads.length - 1).waitFor();
  const textOf = async (elements: Locator) =>
    withoutSpace((await elements.allInnerTexts()).join('\n'));
  const results = [await inspect('item titles', payloads, watch, await textOf(cards))];
  await page.getByRole('button', { name: /^Comments/ }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  const bodies = panel.locator('.comment__body');
  await bodies.nth(payloads.length - 1).waitFor();
  results.push(await inspect('comments', payloads, watch, await textOf(bodies)));
  const authors = await textOf(panel.locator('.comment__author'));
  results.push(await inspect('people’s names (comment authors)', payloads, watch, authors));
  await page.context().close();
  return results;
}

/** Characters XML 1.0 cannot hold, which the SVG export replaces (apps/web export/xmlSafe.ts). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * The whiteboard: stickies of ten payloads each, then its SVG export opened as a document of its
 * own (served from an origin of its own with the type a web server gives an .svg file).
 */
async function whiteboardAndSvg(drawable: readonly string[], admin: string) {
  const stickies = Math.ceil(drawable.length / PER_STICKY);
  const canvasId = await whiteboardWith(
    Array.from({ length: stickies }, (_, sticky) =>
      drawable.slice(sticky * PER_STICKY, (sticky + 1) * PER_STICKY).join('\n'),
    ),
  );
  const { page, watch } = await openWatched(`${e2e.server.url}/b/${canvasId}#token=${admin}`);
  const notes = page.locator('.tl-shape[data-shape-type="note"]');
  // Stickies off screen are in the page but hidden (tldraw culls them): attached is enough.
  await notes.nth(stickies - 1).waitFor({ state: 'attached' });
  const stickyText = withoutSpace((await notes.allTextContents()).join('\n'));
  const results = [await inspect('whiteboard stickies', drawable, watch, stickyText)];
  const download = await exportSvg(page);
  if (typeof download === 'string') throw new Error(`Export SVG failed: ${download}`);
  const file = await download.path();
  const svgPage = await page.context().newPage();
  await svgPage.route(EXPORT_URL, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', path: file }),
  );
  const svgWatch = watchHostilePage(svgPage);
  await svgPage.goto(EXPORT_URL);
  const svgText = withoutSpace((await svgPage.locator('xpath=/*').textContent()) ?? '');
  // The export writes characters XML cannot hold as U+FFFD; the rest of each payload is text.
  const exported = drawable.map((payload) => payload.replace(NOT_IN_XML, '\uFFFD'));
  results.push(await inspect('SVG export (opened as a document)', exported, svgWatch, svgText));
  const scripts = await svgPage.locator('xpath=//*[local-name()="script"]').count();
  // As a URL parser reads a value: in any case, ignoring spaces, tabs and new lines.
  const javascriptUrls = await svgPage
    .locator(
      'xpath=//*[@*[contains(translate(., "JAVSCRIPT \t\r\n", "javscript"), "javascript:")]]',
    )
    .count();
  await page.context().close();
  return { results, scripts, javascriptUrls };
}

/** What the CSV export of the roadmap whose item titles are the payloads gave (issue 8). */
interface CsvExportResult {
  readonly rows: number;
  /** Payloads that start like a formula (`=`, `+`, `-`, `@`, tab, CR), each neutralised by a `'`. */
  readonly formulaPayloads: number;
  /** Cells of the file a spreadsheet would still read as a formula. */
  readonly formulaCells: number;
  /** Payloads whose title does not come back from the file (after undoing the `'`). */
  readonly missing: string[];
  /** Why the file could not be read as CSV, if it could not. */
  readonly parseError: string | null;
}

/**
 * The CSV export (GET /api/boards/:id/export?format=csv) of the roadmap holding every payload as
 * an item title, read back with a strict RFC 4180 reader: nothing breaks the file, no cell starts
 * a formula, and every title comes back once the documented `'` is undone.
 */
async function csvExport(
  payloads: readonly string[],
  admin: string,
  boardId: string,
): Promise<CsvExportResult> {
  const response = await fetch(`${e2e.server.url}/api/boards/${boardId}/export?format=csv`, {
    headers: { authorization: `Bearer ${admin}` },
  });
  expect(response.status).toBe(200);
  // Decoded by hand: `response.text()` would drop the byte order mark the file must start with.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const formulaPayloads = payloads.filter((payload) => FORMULA_LIKE.test(payload)).length;
  let rows: Record<string, string>[];
  try {
    if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
    rows = parseCsvObjects(text.slice(1));
  } catch (error) {
    const parseError = error instanceof Error ? error.message : String(error);
    return { rows: 0, formulaPayloads, formulaCells: 0, missing: [...payloads], parseError };
  }
  const titles = new Set(rows.map((row) => restoreCsvCell(row['title'] ?? '')));
  return {
    rows: rows.length,
    formulaPayloads,
    formulaCells: rows
      .flatMap((row) => Object.values(row))
      .filter((cell) => FORMULA_LIKE.test(cell)).length,
    missing: payloads.filter((payload) => !titles.has(payload)),
    parseError: null,
  };
}

describe('hostile text in Chromium', () => {
  it(`runs none of ${COUNT} XSS payloads in titles, comments, names and the SVG export`, async () => {
    const payloads = xssPayloads(COUNT);
    const admin = e2e.server.token('admin', 'Hostile admin');
    const home = await boardTitlesOnHome(payloads, admin);
    const results = [home.result];
    results.push(...(await itemsCommentsAndNames(payloads, admin, home.boardIds[0] ?? '')));
    const svg = await whiteboardAndSvg(payloads, admin);
    results.push(...svg.results);
    const csv = await csvExport(payloads, admin, home.boardIds[0] ?? '');

    const ran = results.filter(
      (result) =>
        result.dialogs > 0 || result.markerSet || result.cspErrors > 0 || result.pageErrors > 0,
    );
    const notText = results.filter(
      (result) => result.missing.length > 0 || result.eventAttributes > 0,
    );
    for (const result of notText) {
      console.error(
        `${result.surface}: not shown as text: ${JSON.stringify(result.missing.slice(0, 10))}`,
      );
    }
    reportReliability({
      id: 'hostile',
      title: '8. Hostile text',
      method:
        `\`tests/reliability/hostile.test.ts\` takes ${COUNT} hostile strings (${CLASSIC_XSS_VECTORS.length} classic XSS vectors that set \`window.__cairnXss\` if run, then the Big List of Naughty Strings, markup-like first; trimmed, at most 100 characters) and puts each in a board title, an item title, a comment (POST /api/boards/:id/comments) and the name of the comment's author (a token's name), and ten to a sticky on a whiteboard. ` +
        'The built web app renders them in Chromium, many to a page: the workspace home, a roadmap with its comments panel, the whiteboard, and the whiteboard’s SVG export opened as a document of its own. On every page: no dialog, `window.__cairnXss` unset, no CSP violation, no uncaught error, no element with an `on…` attribute, and every payload in the page’s text. ' +
        'The roadmap holding the item titles is also exported as CSV (GET /api/boards/:id/export?format=csv) and read back with a strict RFC 4180 reader: no cell a spreadsheet would run as a formula, and every title intact.',
      figures: [
        ...results.map((result) => ({
          measure: `${result.surface}: payloads shown as text`,
          value: `${result.payloads - result.missing.length} of ${result.payloads}`,
          target: `${result.payloads}`,
          pass: result.missing.length === 0 && result.eventAttributes === 0,
        })),
        {
          measure:
            'scripts run or uncaught errors (dialogs, marker set, CSP violations), all pages',
          value: String(
            results.reduce(
              (sum, r) => sum + r.dialogs + r.cspErrors + r.pageErrors + (r.markerSet ? 1 : 0),
              0,
            ),
          ),
          target: '0',
          pass: ran.length === 0,
        },
        {
          measure: 'SVG export: script elements, javascript: URLs',
          value: `${svg.scripts}, ${svg.javascriptUrls}`,
          target: '0, 0',
          pass: svg.scripts === 0 && svg.javascriptUrls === 0,
        },
        {
          measure: 'CSV export: rows read back by a strict RFC 4180 reader, titles intact',
          value: `${csv.rows - csv.missing.length} of ${payloads.length}${csv.parseError ? ` (unreadable: ${csv.parseError})` : ''}`,
          target: `${payloads.length}`,
          pass: csv.parseError === null && csv.missing.length === 0 && csv.rows === payloads.length,
        },
        {
          measure: 'CSV export: cells a spreadsheet would run as a formula',
          value: `${csv.formulaCells} (${csv.formulaPayloads} formula-like payloads neutralised)`,
          target: '0',
          pass: csv.formulaCells === 0,
        },
      ],
      notes: [
        'Stickies may hold characters XML 1.0 cannot (a C0 control such as the ESC of pasted terminal colours, or U+FFFE): the SVG export writes them as U+FFFD, so one of them no longer makes the export of the whole board fail (it did until this suite found it; the test "exports an SVG when a sticky holds a control character" pins it).',
        "The CSV export (issue 8) of the roadmap whose item titles are the payloads is read back with a strict RFC 4180 reader: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (also after spaces) must carry a `'` in front, and every title must come back once that `'` is undone as docs/formats.md says.",
        "Every page comes with Cairn\u2019s Content-Security-Policy (`default-src 'self'`: no inline or foreign scripts), a second line behind rendering text as text; a violation would count above. The exported SVG opened on its own has no policy: its safety is the sanitising alone.",
      ],
    });
    expect(ran.map((result) => result.surface)).toEqual([]);
    expect(notText.map((result) => result.surface)).toEqual([]);
    expect([svg.scripts, svg.javascriptUrls]).toEqual([0, 0]);
    expect(results.filter((result) => result.payloads < payloads.length)).toEqual([]);
    expect(csv).toMatchObject({
      parseError: null,
      rows: payloads.length,
      formulaCells: 0,
      missing: [],
    });
  });

  it('exports an SVG when a sticky holds a control character', async () => {
    const canvasId = await whiteboardWith(['Roses are \u001b[0;31mred\u001b[0m, violets are blue']);
    const admin = e2e.server.token('admin', 'Hostile admin');
    const { page } = await openWatched(`${e2e.server.url}/b/${canvasId}#token=${admin}`);
    try {
      await page.locator('.tl-shape[data-shape-type="note"]').waitFor({ state: 'attached' });
      const outcome = await exportSvg(page);
      expect(typeof outcome === 'string' ? outcome : 'downloaded').toBe('downloaded');
    } finally {
      await page.context().close();
    }
  });
});
