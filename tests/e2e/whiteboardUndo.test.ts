import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

/**
 * Waits for tldraw on a board page that has synced, switching to the Whiteboard view first where
 * the board still offers one.
 */
async function openWhiteboard(page: Page): Promise<void> {
  const toggle = page
    .getByRole('group', { name: 'Canvas view' })
    .getByRole('button', { name: 'Whiteboard', exact: true });
  if ((await toggle.count()) > 0) await toggle.click();
  await page.locator('[data-testid="whiteboard"][data-state="connected"] .tl-canvas').waitFor();
}

/** Draws a sticky with tldraw's own note tool at a fraction of the canvas and types `text`. */
async function drawSticky(page: Page, text: string, at: { x: number; y: number }): Promise<void> {
  const box = await page.locator('.tl-canvas').boundingBox();
  if (!box) throw new Error('The whiteboard is not on screen.');
  const point = { x: box.x + box.width * at.x, y: box.y + box.height * at.y };
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.mouse.click(point.x, point.y);
  await page.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]:focus').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

const sticky = (page: Page, text: string) =>
  page.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: text });

describe('undo on the whiteboard', () => {
  it("undoes only the person's own changes, never someone else's", async () => {
    const admin = e2e.server.token('admin');
    const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      kind: 'canvas',
      title: 'Undo workshop',
    });
    const url = (name: string) =>
      `${e2e.server.url}/b/${created.body.id}#token=${e2e.server.token('editor', name)}`;
    const ada = await openBoardPage(e2e.browser, url('Ada'));
    const bo = await openBoardPage(e2e.browser, url('Bo'));
    await ada.saved();
    await bo.saved();
    await openWhiteboard(ada.page);
    await openWhiteboard(bo.page);

    await drawSticky(ada.page, 'Ada idea', { x: 0.3, y: 0.5 });
    await drawSticky(bo.page, 'Bo idea', { x: 0.7, y: 0.5 });
    await sticky(ada.page, 'Bo idea').waitFor();
    await sticky(bo.page, 'Ada idea').waitFor();
    await ada.saved();

    // More undo steps than Ada made: the extra presses must find nothing of Bo's to undo.
    for (let press = 0; press < 6; press += 1) {
      await ada.page.keyboard.press('Control+z');
    }
    await sticky(ada.page, 'Ada idea').waitFor({ state: 'detached' });
    await sticky(bo.page, 'Ada idea').waitFor({ state: 'detached' });
    expect(await sticky(ada.page, 'Bo idea').count()).toBe(1);
    expect(await sticky(bo.page, 'Bo idea').count()).toBe(1);

    // Redo brings Ada's sticky back, for both.
    for (let press = 0; press < 6; press += 1) {
      await ada.page.keyboard.press('Control+Shift+z');
    }
    await sticky(bo.page, 'Ada idea').waitFor();
    await expect.poll(() => sticky(ada.page, 'Ada idea').textContent()).toContain('Ada idea');

    await ada.close();
    await bo.close();
  });
});
