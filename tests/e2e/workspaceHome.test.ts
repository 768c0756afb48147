import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  sticky,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** Fills in the home page's create form and waits for the new board's page. */
async function createFromHome(
  page: Page,
  kind: string,
  title: string,
  fill: () => Promise<void> = async () => undefined,
): Promise<string> {
  await page.goto(`${e2e.server.url}/`);
  await page.getByLabel('Kind').selectOption(kind);
  await page.getByLabel('Board title').fill(title);
  await fill();
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.waitForURL(/\/b\/[0-9A-Za-z]+$/);
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

describe('the workspace home in Chromium', () => {
  it('creates boards of several kinds, finds one by search, and lists the one just edited first', async () => {
    const admin = e2e.server.token('admin', 'Ana Admin');
    const home = await openBoardPage(e2e.browser, `${e2e.server.url}/#token=${admin}`);
    const { page } = home;

    const canvasId = await createFromHome(page, 'canvas', 'Café discovery workshop');
    const roadmapId = await createFromHome(page, 'roadmap', 'Platform roadmap', () =>
      page.getByLabel('Lanes (optional)').fill('Core, Mobile'),
    );
    const launchId = await createFromHome(page, 'launch', 'Pricing launch', async () => {
      await page.getByLabel('Launch date').fill('2026-09-01');
      await page.getByLabel('Template').selectOption('empty');
    });
    const stored = await api<{ kind: string; launchDate?: string; items: unknown[] }>(
      e2e.server.url,
      admin,
      'GET',
      `/api/boards/${launchId}`,
    );
    expect(stored.body).toMatchObject({ kind: 'launch', launchDate: '2026-09-01', items: [] });

    await page.goto(`${e2e.server.url}/`);
    const group = (kind: string) =>
      page.locator(`[data-testid="board-group"][data-kind="${kind}"]`);
    await group('canvas').getByText('Café discovery workshop').waitFor();
    for (const [kind, count] of [
      ['roadmap', 1],
      ['launch', 1],
      ['canvas', 1],
      ['strategy', 0],
      ['personas', 0],
    ] as const) {
      await expect
        .poll(() => group(kind).locator('.board-group__count').textContent())
        .toBe(`${count}`);
    }
    const row = (id: string) =>
      page.locator(`[data-testid="board-list-item"][data-board-id="${id}"]`);
    // The board created last is the most recently changed.
    await expect
      .poll(() =>
        page.locator('[data-testid="recent-board"]').first().getAttribute('data-board-id'),
      )
      .toBe(launchId);

    // Case- and diacritics-insensitive search, as you type.
    await page.getByLabel('Search boards').fill('CAFE DISC');
    await row(canvasId).waitFor();
    await expect.poll(() => row(roadmapId).count()).toBe(0);
    await expect.poll(() => row(launchId).count()).toBe(0);
    await page.getByLabel('Search boards').fill('launch');
    await row(launchId).waitFor();
    await expect.poll(() => row(canvasId).count()).toBe(0);
    await page.getByLabel('Search boards').fill('discovery');
    await row(canvasId).getByRole('link').click();
    await page.waitForURL(`**/b/${canvasId}`);
    await home.saved();

    // Edit the canvas: draw a sticky with tldraw's shortcut (N, then a click) and give it text.
    await openWhiteboard(page);
    await drawSticky(page, 'Interview five customers', { x: 0.5, y: 0.5 });
    await sticky(page, 'Interview five customers').waitFor();
    await home.saved();

    await page.goto(`${e2e.server.url}/`);
    await expect
      .poll(() =>
        page.locator('[data-testid="recent-board"]').first().getAttribute('data-board-id'),
      )
      .toBe(canvasId);
    await home.close();
  });

  it('shows the server’s reason inline when it refuses a launch date', async () => {
    const editor = e2e.server.token('editor', 'Eli Editor');
    const home = await openBoardPage(e2e.browser, `${e2e.server.url}/#token=${editor}`);
    const { page } = home;
    await page.getByLabel('Kind').selectOption('launch');
    await page.getByLabel('Board title').fill('Impossible launch');
    // A date field cannot hold an invalid date, but it can hold one the model refuses.
    await page.getByLabel('Launch date').fill('0001-01-01');
    await page.getByRole('button', { name: 'Create board' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Launch date/);
    expect(new URL(page.url()).pathname).toBe('/');
    await home.close();
  });

  it('drags a sticky with the pointer, and shows it live to someone else', async () => {
    const admin = e2e.server.token('admin');
    const board = await createCanvasBoard(e2e.server.url, admin, 'Drag test');
    const id = board.id;
    // A note added over REST becomes a sticky at the same place when an editor opens the board.
    await api(e2e.server.url, admin, 'POST', `/api/boards/${id}/items`, {
      title: 'Drag me',
      x: 100,
      y: 100,
    });
    const url = (name: string) => board.link(e2e.server.token('editor', name));
    const ada = await openBoardPage(e2e.browser, url('Ada'));
    const bo = await openBoardPage(e2e.browser, url('Bo'));
    // tldraw places a shape by a CSS transform in page coordinates.
    const noteOf = (page: Page) => sticky(page, 'Drag me');
    const placedAt = (page: Page) => noteOf(page).getAttribute('style');
    await noteOf(bo.page).waitFor();
    await expect.poll(() => placedAt(bo.page)).toMatch(/transform: matrix\(1, 0, 0, 1, 100, 100\)/);
    const box = await noteOf(ada.page).boundingBox();
    if (!box) throw new Error('The sticky is not on screen.');
    await ada.page.mouse.move(box.x + 20, box.y + 20);
    await ada.page.mouse.down();
    await ada.page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
    await ada.page.mouse.move(box.x + 140, box.y + 100, { steps: 5 });
    await ada.page.mouse.up();
    await expect.poll(() => placedAt(bo.page)).toMatch(/transform: matrix\(1, 0, 0, 1, 220, 180\)/);
    await ada.close();
    await bo.close();
  });
});
