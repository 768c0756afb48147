import { CANVAS_RECORDS } from '@cairn/canvas';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { connectProvider } from '../support/connectProvider.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import { createCanvasBoard, drawSticky, openWhiteboard } from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** The lazily loaded chunk that holds tldraw. */
const isWhiteboardChunk = (requestUrl: string) => /\/WhiteboardView-[^/]*\.js$/.test(requestUrl);

/** Chromium's default limit of resource timing entries; a page at the limit may have dropped some. */
const RESOURCE_TIMING_LIMIT = 250;

/** Every resource the page has fetched since it opened (code, styles, fonts, icons, API calls). */
async function loadedResources(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(urls.length).toBeLessThan(RESOURCE_TIMING_LIMIT);
  return urls;
}

describe('the canvas whiteboard in Chromium', () => {
  it('shows a sticky note one person draws to another, live, without leaving the server', async () => {
    const board = await createCanvasBoard(
      e2e.server.url,
      e2e.server.token('admin'),
      'Whiteboard test',
    );
    const url = (name: string) => board.link(e2e.server.token('editor', name));
    const ada = await openBoardPage(e2e.browser, url('Ada'));
    const bo = await openBoardPage(e2e.browser, url('Bo'));
    await ada.saved();
    await bo.saved();

    await openWhiteboard(ada.page);
    await openWhiteboard(bo.page);

    // Draw a note with tldraw's own shortcut: N picks the note tool, a click places the note.
    await drawSticky(ada.page, 'Interview five customers', { x: 0.5, y: 0.5 });

    const noteOf = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]');
    await noteOf(ada.page).waitFor();
    await noteOf(bo.page).waitFor({ timeout: 5_000 });
    await expect
      .poll(() => noteOf(bo.page).textContent(), { timeout: 5_000 })
      .toContain('Interview five customers');
    expect(await noteOf(bo.page).count()).toBe(1);

    // Fonts, icons and code all come from Cairn's own server: nothing goes to a CDN.
    const adaRequests = await loadedResources(ada.page);
    const boRequests = await loadedResources(bo.page);
    const outside = [...adaRequests, ...boRequests].filter(
      (requestUrl) =>
        !requestUrl.startsWith(e2e.server.url) &&
        !requestUrl.startsWith('data:') &&
        !requestUrl.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(adaRequests.some(isWhiteboardChunk)).toBe(true);

    await ada.close();
    await bo.close();
  });

  it('a roadmap board does not download tldraw', async () => {
    const admin = e2e.server.token('admin');
    const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      kind: 'roadmap',
      title: 'Roadmap without a whiteboard',
    });
    const ada = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${created.body.id}#token=${e2e.server.token('editor', 'Ada')}`,
    );
    await ada.addItem('General', 'Now', 'Ship the export');
    await ada.card('Ship the export').waitFor();
    await ada.saved();
    const loaded = await loadedResources(ada.page);
    expect(loaded.some((url) => url.includes('/RoadmapBoard-'))).toBe(true);
    expect(loaded.some(isWhiteboardChunk)).toBe(false);
    await ada.close();
  });

  it('credits shapes to the person the server knows, not to an identity the browser made up', async () => {
    const board = await createCanvasBoard(e2e.server.url, e2e.server.token('admin'), 'Attribution');
    const token = e2e.server.token('editor', 'Ada Lovelace');
    const me = await api<{ id: string }>(e2e.server.url, token, 'GET', '/api/me');
    const ada = await openBoardPage(e2e.browser, board.link(token));
    await ada.saved();
    await openWhiteboard(ada.page);
    await drawSticky(ada.page, 'Credit where due', { x: 0.5, y: 0.5 });
    await ada.saved();

    // tldraw keeps who made what as `user:` records in the document.
    const reader = connectProvider(e2e.server.wsUrl, board.id, e2e.server.token('viewer'));
    await reader.synced();
    const users = reader.doc
      .getArray<{ key: string; val: { name?: unknown } }>(CANVAS_RECORDS)
      .toArray()
      .filter((entry) => entry.key.startsWith('user:'))
      .map((entry) => ({ id: entry.key, name: entry.val.name }));
    expect(users).toEqual([{ id: `user:${me.body.id}`, name: 'Ada Lovelace' }]);
    reader.destroy();
    await ada.close();
  });
});
