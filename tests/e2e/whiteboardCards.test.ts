import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  recordDialogs,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

interface RoadmapItem {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly lane: string;
}

interface RoadmapBody {
  readonly lanes: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly items: readonly RoadmapItem[];
}

interface CanvasBody {
  readonly shapes: ReadonlyArray<{ readonly type: string; readonly text: string }>;
}

/** Opens the toolbar menu `menu` and picks `action` in it. */
async function pick(page: Page, menu: string, action: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Whiteboard' });
  await toolbar.getByRole('button', { name: menu, exact: true }).click();
  await toolbar
    .getByRole('group', { name: menu })
    .getByRole('button', { name: new RegExp(`^${action}`) })
    .click();
}

/** Clicks the middle of `target` with Shift held (tldraw's "add to selection"). */
async function shiftClick(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The shape is not on screen.');
  await page.keyboard.down('Shift');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.up('Shift');
}

/** Double-clicks the middle of `target` on the canvas, where tldraw (not the element) hears it. */
async function doubleClick(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The shape is not on screen.');
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
}

const roadmapCards = (page: Page) => page.locator('.tl-shape[data-shape-type="roadmap-card"]');

describe('roadmap cards, stickies and templates on the whiteboard in Chromium', () => {
  it('mirrors a roadmap item live both ways, turns stickies into items and shares templates', async () => {
    const token = e2e.server.token('editor', 'Priya Patel');
    const call = <T>(method: string, path: string, body?: unknown) =>
      api<T>(e2e.server.url, token, method, path, body);
    const roadmap = await call<{ id: string }>('POST', '/api/boards', {
      kind: 'roadmap',
      title: 'Q3 roadmap',
      lanes: ['Platform', 'Growth'],
    });
    expect(roadmap.status).toBe(201);
    const roadmapPath = `/api/boards/${roadmap.body.id}`;
    const item = await call<{ id: string }>('POST', `${roadmapPath}/items`, {
      title: 'Usage dashboards',
    });
    expect(item.status).toBe(201);
    const canvas = await createCanvasBoard(e2e.server.url, token, 'Planning workshop');
    const url = (name: string) => canvas.link(e2e.server.token('editor', name));

    const ada: BoardPage = await openBoardPage(e2e.browser, url('Ada'));
    const bo: BoardPage = await openBoardPage(e2e.browser, url('Bo'));
    const dialogs = [ada, bo].map((person) => recordDialogs(person.page));
    await openWhiteboard(ada.page);
    await openWhiteboard(bo.page);

    // Nothing selected: the conversion says why it is not available.
    await ada.page
      .getByRole('toolbar', { name: 'Whiteboard' })
      .getByRole('button', { name: 'Cards', exact: true })
      .click();
    const turn = ada.page.getByRole('button', { name: /^Turn into roadmap items/ });
    expect(await turn.isDisabled()).toBe(true);
    await ada.page.getByText('Select one or more stickies first.').waitFor();
    await ada.page.keyboard.press('Escape');

    // Ada puts the item's card on the canvas; both see the roadmap's values.
    await pick(ada.page, 'Cards', 'Add roadmap card');
    const addDialog = ada.page.getByRole('dialog', { name: 'Add a roadmap card' });
    await addDialog.getByLabel('Roadmap').selectOption({ label: 'Q3 roadmap' });
    await addDialog.getByLabel('Item').selectOption({ label: 'Usage dashboards' });
    await addDialog.getByRole('button', { name: 'Add card' }).click();
    const adaCard = roadmapCards(ada.page).first();
    await adaCard.getByText('Usage dashboards', { exact: true }).waitFor();
    await adaCard.getByText('Planned', { exact: true }).waitFor();
    await adaCard.getByText('Platform', { exact: true }).waitFor();
    await roadmapCards(bo.page).first().getByText('Usage dashboards', { exact: true }).waitFor();

    // A rename on the roadmap shows on the card for both, without a reload.
    const renamed = await call('PATCH', `${roadmapPath}/items/${item.body.id}`, {
      title: 'Usage dashboards for admins',
    });
    expect(renamed.status).toBe(200);
    await adaCard.getByText('Usage dashboards for admins', { exact: true }).waitFor();
    await roadmapCards(bo.page)
      .first()
      .getByText('Usage dashboards for admins', { exact: true })
      .waitFor();

    // A status set on the card is written to the roadmap.
    await doubleClick(ada.page, adaCard);
    await adaCard.getByLabel('Status').selectOption('shipped');
    await expect
      .poll(
        async () =>
          (await call<RoadmapBody>('GET', roadmapPath)).body.items.find(
            (entry) => entry.id === item.body.id,
          )?.status,
        { timeout: 10_000 },
      )
      .toBe('shipped');
    // So is a title typed into it.
    const title = adaCard.getByLabel('Title');
    await title.fill('Usage dashboards, v2');
    await title.press('Enter');
    await expect
      .poll(
        async () =>
          (await call<RoadmapBody>('GET', roadmapPath)).body.items.find(
            (entry) => entry.id === item.body.id,
          )?.title,
        { timeout: 10_000 },
      )
      .toBe('Usage dashboards, v2');
    await ada.page.keyboard.press('Escape');
    const boCard = roadmapCards(bo.page).first();
    await boCard.getByText('Usage dashboards, v2', { exact: true }).waitFor();
    await boCard.getByText('Shipped', { exact: true }).waitFor();

    // A viewer sees the card but cannot change anything through the whiteboard.
    const viewerToken = e2e.server.token('viewer', 'Cy');
    const cy = await openBoardPage(e2e.browser, canvas.link(viewerToken));
    await openWhiteboard(cy.page);
    await roadmapCards(cy.page).first().getByText('Shipped', { exact: true }).waitFor();
    await cy.page
      .getByRole('toolbar', { name: 'Whiteboard' })
      .getByRole('button', { name: 'Cards', exact: true })
      .click();
    const viewerActions = cy.page.getByRole('group', { name: 'Cards' }).getByRole('button');
    expect(await viewerActions.count()).toBe(3);
    for (const action of await viewerActions.all()) expect(await action.isDisabled()).toBe(true);
    await cy.page.getByText('You can view this whiteboard but not change it.').first().waitFor();
    await cy.close();

    // Deleted on the roadmap: the card stays and says so.
    const deleted = await call('DELETE', `${roadmapPath}/items/${item.body.id}`);
    expect(deleted.status).toBe(204);
    await adaCard.getByText('This item was deleted.').waitFor();
    await roadmapCards(bo.page).first().getByText('This item was deleted.').waitFor();

    // Two stickies, one of them hostile, become items in the Growth lane in one action.
    const hostile = naughtyStrings().find((text) => text === '<img src=x onerror=alert(123) />');
    if (hostile === undefined) throw new Error('The naughty string fixture changed.');
    await drawSticky(ada.page, 'Onboarding checklist', { x: 0.2, y: 0.25 }, { pasted: true });
    await drawSticky(ada.page, hostile, { x: 0.2, y: 0.75 }, { pasted: true });
    const notes = ada.page.locator('.tl-shape[data-shape-type="note"]');
    await expect.poll(() => notes.count()).toBe(2);
    await ada.page.keyboard.press('Escape');
    await shiftClick(ada.page, notes.nth(0));
    await shiftClick(ada.page, notes.nth(1));
    await pick(ada.page, 'Cards', 'Turn into roadmap items');
    const turnDialog = ada.page.getByRole('dialog', { name: 'Turn stickies into roadmap items' });
    await turnDialog.getByLabel('Roadmap').selectOption({ label: 'Q3 roadmap' });
    await turnDialog.getByLabel('Lane').selectOption({ label: 'Growth' });
    await turnDialog.getByRole('button', { name: 'Create 2 items' }).click();

    await expect.poll(() => notes.count()).toBe(0);
    await expect.poll(() => roadmapCards(ada.page).count()).toBe(3);
    await roadmapCards(ada.page).getByText(hostile, { exact: true }).waitFor();
    await expect
      .poll(async () => {
        const body = (await call<RoadmapBody>('GET', roadmapPath)).body;
        const growth = body.lanes.find((lane) => lane.name === 'Growth')?.id;
        return body.items
          .filter((entry) => entry.lane === growth)
          .map((entry) => entry.title)
          .sort();
      })
      .toEqual(['Onboarding checklist', hostile].sort());
    // The stickies are gone from the stored whiteboard too, replaced by cards.
    await expect
      .poll(async () => {
        const shapes = (await call<CanvasBody>('GET', `/api/boards/${canvas.id}`)).body.shapes;
        return shapes.map((shape) => shape.type).sort();
      })
      .toEqual(['roadmap-card', 'roadmap-card', 'roadmap-card']);
    await roadmapCards(bo.page).getByText(hostile, { exact: true }).waitFor();

    // A template Ada inserts appears for Bo, frames and all.
    await pick(ada.page, 'Templates', 'Launch retrospective');
    const boFrames = bo.page.locator('.tl-shape[data-shape-type="frame"]');
    await expect.poll(() => boFrames.count()).toBe(3);
    for (const name of ['What went well', 'What didn’t', 'What we’ll change']) {
      await expect.poll(async () => (await boFrames.allTextContents()).join(' | ')).toContain(name);
    }

    // The hostile text stayed text: no script ran, no element was made from it.
    expect(dialogs).toEqual([[], []]);
    expect(await ada.page.locator('img[src="x"]').count()).toBe(0);
    await ada.close();
    await bo.close();
  });
  it('mirrors a persona live and writes its role from the card', async () => {
    const token = e2e.server.token('editor', 'Priya Patel');
    const call = <T>(method: string, path: string, body?: unknown) =>
      api<T>(e2e.server.url, token, method, path, body);
    const personas = await call<{ id: string }>('POST', '/api/boards', {
      kind: 'personas',
      title: 'Interview personas',
    });
    const personasPath = `/api/boards/${personas.body.id}`;
    const persona = await call<{ id: string }>('POST', `${personasPath}/items`, {
      title: 'Dana, the data analyst',
      role: 'Analyst',
      segment: 'Mid-size SaaS',
    });
    expect(persona.status).toBe(201);
    const canvas = await createCanvasBoard(e2e.server.url, token, 'Persona workshop');
    const ada = await openBoardPage(e2e.browser, canvas.link(token));
    await openWhiteboard(ada.page);

    await pick(ada.page, 'Cards', 'Add persona card');
    const dialog = ada.page.getByRole('dialog', { name: 'Add a persona card' });
    await dialog
      .getByLabel('Personas', { exact: true })
      .selectOption({ label: 'Interview personas' });
    await dialog
      .getByLabel('Persona', { exact: true })
      .selectOption({ label: 'Dana, the data analyst' });
    await dialog.getByRole('button', { name: 'Add card' }).click();
    const card = ada.page.locator('.tl-shape[data-shape-type="persona-card"]');
    await card.getByText('Dana, the data analyst', { exact: true }).waitFor();
    await card.getByText('Analyst · Mid-size SaaS', { exact: true }).waitFor();

    const renamed = await call('PATCH', `${personasPath}/items/${persona.body.id}`, {
      title: 'Dana, the analytics lead',
    });
    expect(renamed.status).toBe(200);
    await card.getByText('Dana, the analytics lead', { exact: true }).waitFor();

    await doubleClick(ada.page, card);
    const role = card.getByLabel('Role');
    await role.fill('Head of analytics');
    await role.press('Enter');
    await expect
      .poll(
        async () =>
          (
            await call<{ items: ReadonlyArray<{ id: string; role: string }> }>('GET', personasPath)
          ).body.items.find((entry) => entry.id === persona.body.id)?.role,
        { timeout: 10_000 },
      )
      .toBe('Head of analytics');
    await ada.close();
  });
});
