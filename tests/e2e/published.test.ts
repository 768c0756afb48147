import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import { watchHostilePage, withoutSpace } from '../support/watchHostilePage.js';
import { CLASSIC_XSS_VECTORS, xssPayloads } from '../support/xssPayloads.js';

const e2e = useBrowserAndServer();

const HIDDEN_OWNER = 'Olivia Hiddenowner';
const HIDDEN_NOTE = 'Internal: the margin on this is awful';

/** A roadmap whose title, item titles and release name are hostile text. */
async function hostileRoadmap(token: string, titles: readonly string[]): Promise<string> {
  const board = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', {
    title: CLASSIC_XSS_VECTORS[1],
    kind: 'roadmap',
  });
  const boardId = board.body.id;
  const release = await api(e2e.server.url, token, 'POST', `/api/boards/${boardId}/releases`, {
    name: CLASSIC_XSS_VECTORS[0],
    date: '2027-03-01',
    type: 'milestone',
  });
  expect(release.status).toBe(201);
  for (const [index, title] of titles.entries()) {
    const item = await api(e2e.server.url, token, 'POST', `/api/boards/${boardId}/items`, {
      title,
      owner: HIDDEN_OWNER,
      description: HIDDEN_NOTE,
      tags: [CLASSIC_XSS_VECTORS[2] as string],
      horizon: ['now', 'next', 'later'][index % 3],
    });
    expect(item.status, title).toBe(201);
  }
  return boardId;
}

/** A page in a fresh browser context: no cookie, no token, nobody signed in. */
async function signedOutPage(): Promise<Page> {
  const context = await e2e.browser.newContext();
  return context.newPage();
}

describe('the published page', () => {
  it('shows a signed-out visitor the roadmap, hostile text as text, hidden fields nowhere', async () => {
    const editor = e2e.server.token('editor');
    const titles = xssPayloads(120);
    const boardId = await hostileRoadmap(editor, titles);
    const published = await api<{ secret: string }>(
      e2e.server.url,
      editor,
      'POST',
      `/api/boards/${boardId}/publications`,
      { label: CLASSIC_XSS_VECTORS[3] },
    );
    expect(published.status).toBe(201);

    const page = await signedOutPage();
    const watch = watchHostilePage(page);
    await page.goto(`${e2e.server.url}/p/${published.body.secret}`);
    await page.getByRole('heading', { level: 1, name: CLASSIC_XSS_VECTORS[1] as string }).waitFor();
    expect(page.url()).toBe(`${e2e.server.url}/p/${published.body.secret}`);
    await page.getByText('Published with Cairn').waitFor();
    expect(await page.locator('[data-testid="published-item"]').count()).toBe(titles.length);

    const text = await watch.compactText();
    const missing = titles.filter((title) => !text.includes(withoutSpace(title)));
    expect(missing).toEqual([]);
    for (const shown of CLASSIC_XSS_VECTORS.slice(0, 4))
      expect(text).toContain(withoutSpace(shown));
    expect(text).not.toContain(withoutSpace(HIDDEN_OWNER));
    expect(text).not.toContain(withoutSpace(HIDDEN_NOTE));
    expect(await watch.marker()).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.eventAttributes()).toBe(0);
    expect(await page.locator('main script, main img, main iframe, main svg').count()).toBe(0);
    expect(await page.title()).toBe(`${CLASSIC_XSS_VECTORS[1]} · Cairn`);
    await page.context().close();
  });

  it('is published from the board by an editor and ends with a revoke', async () => {
    const editor = e2e.server.token('editor');
    const board = await api<{ id: string }>(e2e.server.url, editor, 'POST', '/api/boards', {
      title: 'Q3 plan',
      kind: 'roadmap',
    });
    await api(e2e.server.url, editor, 'POST', `/api/boards/${board.body.id}/items`, {
      title: 'Self-serve onboarding',
      owner: HIDDEN_OWNER,
      status: 'in-progress',
    });

    const boardPage = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${board.body.id}#token=${editor}`,
    );
    const { page } = boardPage;
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this roadmap' });
    await dialog.getByLabel('Name (optional)').fill('For customers');
    // Owners are hidden by default; show the status, hide the tags as well.
    expect(await dialog.getByLabel('Owners').isChecked()).toBe(true);
    await dialog.getByLabel('Tags').check();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    const address = await dialog.getByRole('textbox', { name: 'Published address' }).inputValue();
    expect(address).toMatch(new RegExp(`^${e2e.server.url}/p/cairnpub_`));
    await dialog.getByRole('button', { name: 'Publish another view' }).click();
    await dialog.getByText('For customers').waitFor();

    const visitor = await signedOutPage();
    await visitor.goto(address);
    await visitor.getByRole('heading', { level: 1, name: 'Q3 plan' }).waitFor();
    await visitor.getByText('Self-serve onboarding').waitFor();
    await visitor.getByText('In progress').waitFor();
    expect(await visitor.locator('body').innerText()).not.toContain(HIDDEN_OWNER);

    await dialog.getByRole('button', { name: 'Revoke For customers' }).click();
    await dialog.getByText(/Revoked/).waitFor();
    await visitor.reload();
    await visitor.getByRole('heading', { name: 'This board is not available' }).waitFor();
    expect(await visitor.locator('body').innerText()).not.toContain('Self-serve onboarding');
    await visitor.context().close();
    await boardPage.close();
  });

  it('shows a published launch plan, its tracks and tasks, to a signed-out visitor', async () => {
    const editor = e2e.server.token('editor');
    const board = await api<{ id: string }>(e2e.server.url, editor, 'POST', '/api/boards', {
      title: 'Launch of v2',
      kind: 'launch',
      launchDate: '2031-06-10',
      template: 'empty',
    });
    const task = await api(e2e.server.url, editor, 'POST', `/api/boards/${board.body.id}/items`, {
      title: CLASSIC_XSS_VECTORS[4],
      owner: HIDDEN_OWNER,
      offsetDays: -14,
      status: 'in-progress',
    });
    expect(task.status).toBe(201);
    const published = await api<{ secret: string }>(
      e2e.server.url,
      editor,
      'POST',
      `/api/boards/${board.body.id}/publications`,
      {},
    );
    expect(published.status).toBe(201);

    const page = await signedOutPage();
    const watch = watchHostilePage(page);
    await page.goto(`${e2e.server.url}/p/${published.body.secret}`);
    await page.getByRole('heading', { level: 1, name: 'Launch of v2' }).waitFor();
    await page.getByText(CLASSIC_XSS_VECTORS[4] as string).waitFor();
    const text = await watch.compactText();
    expect(text).toContain(withoutSpace('T-14d'));
    expect(text).toContain(withoutSpace('In progress'));
    expect(text).not.toContain(withoutSpace(HIDDEN_OWNER));
    expect(await watch.marker()).toBeUndefined();
    expect(watch.pageErrors).toEqual([]);
    await page.context().close();
  });
});
