import { createKeyValueRecordMap } from '@cairn/canvas';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  recordDialogs,
  sticky,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** Script payloads from the naughty strings: markup, event handlers and `javascript:` URLs. */
const HOSTILE_LINES = [
  '<svg><script>123<1>alert(123)</script>',
  '<img src=x onerror=alert(123) />',
  '" autofocus onkeyup="javascript:alert(123)',
  'JavaSCript:alert(123)',
];

/** The PNG signature: every PNG file starts with these eight bytes. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface CanvasBoardBody {
  items: Array<{ id: string; title: string }>;
}

/** The hostile lines, checked to be in the shared list so the test fails loudly if it changes. */
function hostileLines(): string[] {
  const known = new Set(naughtyStrings());
  for (const line of HOSTILE_LINES) {
    if (!known.has(line)) throw new Error(`Not a naughty string any more: ${line}`);
  }
  return HOSTILE_LINES;
}

/** A new canvas board titled `title`, with a REST client for it as an editor. */
async function canvasBoard(title: string) {
  const editor = e2e.server.token('editor', 'Rest Robot');
  const board = await createCanvasBoard(e2e.server.url, editor, title);
  const id = board.id;
  return {
    id,
    addNote: async (note: { title: string; x: number; y: number }) => {
      const added = await api(e2e.server.url, editor, 'POST', `/api/boards/${id}/items`, note);
      expect(added.status).toBe(201);
    },
    notes: async () =>
      (await api<CanvasBoardBody>(e2e.server.url, editor, 'GET', `/api/boards/${id}`)).body.items,
    open: (role: 'editor' | 'viewer', name: string) =>
      openBoardPage(e2e.browser, board.link(e2e.server.token(role, name))),
  };
}

/** Runs an item of the whiteboard's Export menu and returns the download it starts. */
async function exportAs(page: Page, label: 'Export PNG' | 'Export SVG'): Promise<Download> {
  await page
    .getByRole('toolbar', { name: 'Whiteboard' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  return downloading;
}

/** Where a test opens an exported SVG (routed by Playwright, never fetched). */
const EXPORT_URL = 'http://export.invalid/board.svg';

/** Elements of any namespace with an attribute, in XPath 1.0 (no lower-case(): translate does it). */
const SVG_QUERIES = {
  root: 'xpath=/*[local-name()="svg"]',
  scripts: 'xpath=//*[local-name()="script"]',
  handlers: 'xpath=//*[@*[starts-with(translate(local-name(), "ON", "on"), "on")]]',
  // As a URL parser reads a value: in any case, and ignoring spaces, tabs and new lines (translate
  // deletes the characters it has no replacement for).
  javascriptUrls:
    'xpath=//*[@*[contains(translate(., "JAVSCRIPT \t\r\n", "javscript"), "javascript:")]]',
} as const;

/**
 * Opens the exported SVG file as its own document in Chromium, as someone who downloaded it
 * would, and reports what matters for safety and for the reader: parse errors, scripts, event
 * attributes, `javascript:` URLs, the text, and any dialog a script opened.
 */
async function openSvg(person: BoardPage, download: Download) {
  const file = await download.path();
  const page = await person.page.context().newPage();
  // Served from an origin of its own, with the type a web server would give an .svg file.
  await page.route(EXPORT_URL, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', path: file }),
  );
  const dialogs = recordDialogs(page);
  await page.goto(EXPORT_URL);
  const count = (selector: string) => page.locator(selector).count();
  const inspected = {
    parseErrors: await count('xpath=//*[local-name()="parsererror"]'),
    root: await count(SVG_QUERIES.root),
    scripts: await count(SVG_QUERIES.scripts),
    handlers: await count(SVG_QUERIES.handlers),
    javascriptUrls: await count(SVG_QUERIES.javascriptUrls),
    text: (await page.locator(SVG_QUERIES.root).textContent()) ?? '',
    dialogs,
  };
  await page.close();
  return inspected;
}

describe('whiteboard notes and export in Chromium', () => {
  it('turns a note added over REST into one sticky for the people who have the board open', async () => {
    const board = await canvasBoard('Migration workshop');
    const ada = await board.open('editor', 'Ada');
    const bo = await board.open('editor', 'Bo');
    const dialogs = [ada, bo].map((person) => recordDialogs(person.page));
    for (const person of [ada, bo]) await openWhiteboard(person.page);

    // Both people's tabs see the note at once and both migrate it: they must agree on one sticky.
    const lines = hostileLines();
    await board.addNote({ title: lines.join('\n'), x: 120, y: 80 });
    for (const person of [ada, bo]) {
      // The text shows as text, every line of it, and nothing runs.
      const shown = sticky(person.page, lines[0] ?? '');
      await shown.waitFor();
      const text = (await shown.textContent()) ?? '';
      for (const line of lines) expect(text).toContain(line);
    }
    // The model note is gone once the sticky is in the document: the sticky is the note now.
    await expect.poll(() => board.notes()).toEqual([]);
    await ada.saved();
    await bo.saved();
    expect(await sticky(ada.page, lines[0] ?? '').count()).toBe(1);
    expect(await sticky(bo.page, lines[0] ?? '').count()).toBe(1);
    expect(dialogs).toEqual([[], []]);
    await ada.close();
    await bo.close();
  });

  it('keeps the migrated sticky out of the person’s undo history', async () => {
    const board = await canvasBoard('Undo workshop');
    const ada = await board.open('editor', 'Ada');
    await openWhiteboard(ada.page);
    // Ada draws a sticky of her own far from where the note lands, near the bottom right.
    await drawSticky(ada.page, 'Drawn by Ada', { x: 0.85, y: 0.75 });
    await sticky(ada.page, 'Drawn by Ada').waitFor();

    await board.addNote({ title: 'Posted over REST', x: 40, y: 40 });
    await sticky(ada.page, 'Posted over REST').waitFor();
    await expect.poll(() => board.notes()).toEqual([]);
    // Undo takes back what Ada did, never the migration that came after it.
    await ada.page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => sticky(ada.page, 'Drawn by Ada').count()).toBe(0);
    expect(await sticky(ada.page, 'Posted over REST').count()).toBe(1);
    await ada.close();
  });

  it('exports the whole canvas to a viewer as a safe SVG that keeps the text, and as a PNG', async () => {
    const board = await canvasBoard('Discovery/Workshop');
    const lines = hostileLines();
    await board.addNote({ title: lines.join('\n'), x: 40, y: 40 });
    await board.addNote({ title: 'Interview five customers', x: 400, y: 40 });
    // An editor's visit moves the notes onto the whiteboard; viewers do not write.
    const ada = await board.open('editor', 'Ada');
    await sticky(ada.page, 'Interview five customers').waitFor();
    await expect.poll(() => board.notes()).toEqual([]);
    await ada.saved();
    await ada.close();

    const vic = await board.open('viewer', 'Vic');
    const dialogs = recordDialogs(vic.page);
    await sticky(vic.page, 'Interview five customers').waitFor();
    await sticky(vic.page, lines[0] ?? '').waitFor();

    const svgDownload = await exportAs(vic.page, 'Export SVG');
    expect(svgDownload.suggestedFilename()).toBe('Discovery-Workshop.svg');
    expect(await readFile(await svgDownload.path(), 'utf8')).not.toMatch(/<script/i);
    const inspected = await openSvg(vic, svgDownload);
    expect(inspected).toMatchObject({
      parseErrors: 0,
      root: 1,
      scripts: 0,
      handlers: 0,
      javascriptUrls: 0,
      dialogs: [],
    });
    for (const line of [...lines, 'Interview five customers']) {
      expect(inspected.text).toContain(line);
    }

    const pngDownload = await exportAs(vic.page, 'Export PNG');
    expect(pngDownload.suggestedFilename()).toBe('Discovery-Workshop.png');
    const png = await readFile(await pngDownload.path());
    expect([...png.subarray(0, PNG_SIGNATURE.length)]).toEqual(PNG_SIGNATURE);
    // Width and height, big-endian, in the IHDR chunk: two stickies side by side, and more.
    expect(png.readUInt32BE(16)).toBeGreaterThan(560);
    expect(png.readUInt32BE(20)).toBeGreaterThan(200);
    expect(png.length).toBeGreaterThan(5_000);
    expect(dialogs).toEqual([]);
    await vic.close();
  });

  it('exports a sticky a hostile client gave a javascript: link without the link', async () => {
    const board = await canvasBoard('Hostile client workshop');
    await board.addNote({ title: 'Pricing page', x: 40, y: 40 });
    const ada = await board.open('editor', 'Ada');
    await sticky(ada.page, 'Pricing page').waitFor();
    await expect.poll(() => board.notes()).toEqual([]);

    // A client that skips the UI writes the sticky's rich text straight into the document.
    const mallory = connectProvider(e2e.server.wsUrl, board.id, e2e.server.token('editor', 'M'));
    await mallory.synced();
    const records = createKeyValueRecordMap(mallory.doc);
    const [id, record] =
      records.entries().find(([, value]) => (value as { type?: string }).type === 'note') ?? [];
    if (id === undefined) throw new Error('The sticky is not in the document.');
    const link = { type: 'link', attrs: { href: ' JaVaScRiPt:alert(1)', target: '_blank' } };
    mallory.doc.transact(() =>
      records.set(id, {
        ...(record as object),
        props: {
          ...(record as { props: object }).props,
          richText: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Open me', marks: [link] }] },
            ],
          },
        },
      }),
    );
    await mallory.acknowledged();
    await sticky(ada.page, 'Open me').waitFor();

    const svg = await openSvg(ada, await exportAs(ada.page, 'Export SVG'));
    expect(svg).toMatchObject({ root: 1, javascriptUrls: 0, handlers: 0, dialogs: [] });
    expect(svg.text).toContain('Open me');
    mallory.destroy();
    await ada.close();
  });

  it('exports only the selection when something is selected', async () => {
    const board = await canvasBoard('Selection workshop');
    await board.addNote({ title: 'Keep this one', x: 40, y: 40 });
    await board.addNote({ title: 'Leave this out', x: 400, y: 40 });
    const ada = await board.open('editor', 'Ada');
    const chosen = sticky(ada.page, 'Keep this one');
    await chosen.waitFor();
    await sticky(ada.page, 'Leave this out').waitFor();
    // tldraw takes pointer events on its canvas, not on the shape's element: click where it is.
    const box = await chosen.boundingBox();
    if (!box) throw new Error('The sticky is not on screen.');
    await ada.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const { text } = await openSvg(ada, await exportAs(ada.page, 'Export SVG'));
    expect(text).toContain('Keep this one');
    expect(text).not.toContain('Leave this out');
    await ada.close();
  });
});
