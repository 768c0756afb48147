import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

/** Switches a canvas board to the Whiteboard view and waits for tldraw's canvas. */
async function openWhiteboard(page: Page): Promise<void> {
  await page
    .getByRole('group', { name: 'Canvas view' })
    .getByRole('button', { name: 'Whiteboard', exact: true })
    .click();
  await page.locator('[data-testid="whiteboard"][data-state="connected"] .tl-canvas').waitFor();
}

/** The lazily loaded chunk that holds tldraw. */
const isWhiteboardChunk = (requestUrl: string) => /\/WhiteboardView-[^/]*\.js$/.test(requestUrl);

/** Every request the page makes from now on, by URL. */
function recordRequests(person: BoardPage): string[] {
  const urls: string[] = [];
  person.page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

describe('the canvas whiteboard in Chromium', () => {
  it('shows a sticky note one person draws to another, live, without leaving the server', async () => {
    const admin = e2e.server.token('admin');
    const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      kind: 'canvas',
      title: 'Whiteboard test',
    });
    const url = (name: string) =>
      `${e2e.server.url}/b/${created.body.id}#token=${e2e.server.token('editor', name)}`;
    const ada = await openBoardPage(e2e.browser, url('Ada'));
    const bo = await openBoardPage(e2e.browser, url('Bo'));
    const adaRequests = recordRequests(ada);
    const boRequests = recordRequests(bo);
    await ada.saved();
    await bo.saved();

    // The Notes view is the default and does not download tldraw.
    expect(adaRequests.some(isWhiteboardChunk)).toBe(false);
    await openWhiteboard(ada.page);
    await openWhiteboard(bo.page);

    // Draw a note with tldraw's own shortcut: N picks the note tool, a click places the note.
    const canvas = ada.page.locator('.tl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('The whiteboard is not on screen.');
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await ada.page.mouse.click(center.x, center.y);
    await ada.page.keyboard.press('n');
    await ada.page.mouse.click(center.x, center.y);
    // Type once the note's text editor has the focus, or the first keys land elsewhere.
    await ada.page
      .locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]:focus')
      .waitFor();
    await ada.page.keyboard.type('Interview five customers');
    await ada.page.keyboard.press('Escape');

    const noteOf = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]');
    await noteOf(ada.page).waitFor();
    await noteOf(bo.page).waitFor({ timeout: 5_000 });
    await expect
      .poll(() => noteOf(bo.page).textContent(), { timeout: 5_000 })
      .toContain('Interview five customers');
    expect(await noteOf(bo.page).count()).toBe(1);

    // Fonts, icons and code all come from Cairn's own server: nothing goes to a CDN.
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
});
