import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  sticky,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** How many of their own dots a person sees on the sticky with `text`. */
const ownDots = (page: Page, text: string): Locator =>
  page.getByRole('group', { name: `Your dots on ${text}` }).locator('.own-dots__count');

const voteStatus = (page: Page) =>
  page.getByRole('group', { name: 'Dot voting' }).getByRole('status');

/** The Results list as each row reads: rank, dots, the sticky's text. */
async function results(page: Page): Promise<string[]> {
  const rows = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
  await rows.first().waitFor();
  return rows.allTextContents();
}

const INTERVIEW = 'Interview customers';
const OFFLINE = 'Ship offline mode';
/** Markup in a sticky stays text, in labels and in the Results list. */
const PRICING = '<b>Price</b> per workspace';

/**
 * A new canvas board with its whiteboard open for Ada, an admin who created it (so she is its
 * first facilitator), and Bo, an editor.
 */
async function openWorkshop(): Promise<{
  ada: BoardPage;
  bo: BoardPage;
  boardUrl: (token: string) => string;
}> {
  const adaToken = e2e.server.token('admin', 'Ada');
  const board = await createCanvasBoard(e2e.server.url, adaToken, 'Planning workshop');
  const boardUrl = board.link;
  const ada = await openBoardPage(e2e.browser, boardUrl(adaToken));
  const bo = await openBoardPage(e2e.browser, boardUrl(e2e.server.token('editor', 'Bo')));
  await openWhiteboard(ada.page);
  await openWhiteboard(bo.page);
  return { ada, bo, boardUrl };
}

describe('facilitation on the whiteboard in Chromium', () => {
  it('runs a dot vote that stays secret until the facilitator reveals one ranking to all', async () => {
    const { ada, bo, boardUrl } = await openWorkshop();
    await drawSticky(ada.page, INTERVIEW, { x: 0.3, y: 0.5 });
    await drawSticky(ada.page, OFFLINE, { x: 0.5, y: 0.5 });
    await drawSticky(ada.page, PRICING, { x: 0.7, y: 0.5 });
    for (const text of [INTERVIEW, OFFLINE, PRICING]) await sticky(bo.page, text).waitFor();

    // Only the facilitator may open a vote.
    await ada.page
      .getByRole('group', { name: 'Facilitators' })
      .getByText('Facilitators: Ada')
      .waitFor();
    await ada.page.getByLabel('Dots per person').fill('3');
    await ada.page.getByRole('button', { name: 'Start vote' }).click();
    await expect
      .poll(() => voteStatus(bo.page).textContent())
      .toBe('Vote open: 3 dots left · 0 people voted');
    for (const name of ['Start vote', 'Reveal', 'End vote', 'Start timer']) {
      expect(await bo.page.getByRole('button', { name }).count(), name).toBe(0);
    }

    // Ada votes with the "+" on the stickies: two dots on one, one on another.
    await ada.page.getByRole('button', { name: `Add a dot to ${INTERVIEW}` }).click();
    await ada.page.getByRole('button', { name: `Add a dot to ${INTERVIEW}` }).click();
    await ada.page.getByRole('button', { name: `Add a dot to ${OFFLINE}` }).click();
    await expect
      .poll(() => voteStatus(ada.page).textContent())
      .toBe('Vote open: 0 dots left · 1 person voted');
    await expect.poll(() => ownDots(ada.page, INTERVIEW).textContent()).toBe('2');
    expect(
      await ada.page.getByRole('button', { name: `Add a dot to ${PRICING}` }).isDisabled(),
    ).toBe(true);

    // Bo learns that someone voted, never where.
    await expect
      .poll(() => voteStatus(bo.page).textContent())
      .toBe('Vote open: 3 dots left · 1 person voted');
    for (const text of [INTERVIEW, OFFLINE, PRICING]) {
      expect(await ownDots(bo.page, text).textContent(), text).toBe('0');
    }
    expect(await bo.page.locator('.vote-total').count()).toBe(0);

    // Bo votes from the toolbar on the selected sticky, and once with the "+".
    await sticky(bo.page, OFFLINE).click();
    await bo.page.getByRole('button', { name: 'Add dot to selection' }).click();
    await expect.poll(() => ownDots(bo.page, OFFLINE).textContent()).toBe('1');
    await bo.page.getByRole('button', { name: 'Add dot to selection' }).click();
    await bo.page.getByRole('button', { name: `Add a dot to ${PRICING}` }).click();
    await expect
      .poll(() => voteStatus(ada.page).textContent())
      .toBe('Vote open: 0 dots left · 2 people voted');
    expect(await ownDots(bo.page, OFFLINE).textContent()).toBe('2');
    expect(await ownDots(ada.page, OFFLINE).textContent()).toBe('1');
    expect(await ownDots(ada.page, PRICING).textContent()).toBe('0');

    // A viewer follows the vote but has no dots to place.
    const cy = await openBoardPage(e2e.browser, boardUrl(e2e.server.token('viewer', 'Cy')));
    await openWhiteboard(cy.page);
    await expect.poll(() => voteStatus(cy.page).textContent()).toBe('Vote open · 2 people voted');
    expect(await cy.page.getByRole('button', { name: /^Add a dot to / }).count()).toBe(0);
    expect(await cy.page.getByRole('button', { name: 'Add dot to selection' }).count()).toBe(0);

    await ada.page.getByRole('button', { name: 'Reveal' }).click();
    const ranking = [`#1 3 dots ${OFFLINE}`, `#2 2 dots ${INTERVIEW}`, `#3 1 dot ${PRICING}`];
    expect(await results(ada.page)).toEqual(ranking);
    expect(await results(bo.page)).toEqual(await results(ada.page));
    expect(await results(cy.page)).toEqual(ranking);
    expect(await bo.page.getByRole('region', { name: 'Results' }).locator('b').count()).toBe(0);
    await bo.page.getByText(`${OFFLINE}: 3 dots, rank 1`).waitFor({ state: 'attached' });
    await expect
      .poll(() => voteStatus(bo.page).textContent())
      .toBe('Vote revealed · 2 people voted');

    await ada.page.getByRole('button', { name: 'End vote' }).click();
    await bo.page.getByRole('region', { name: 'Results' }).waitFor({ state: 'detached' });

    await ada.close();
    await bo.close();
    await cy.close();
  });

  it('counts a timer the facilitator starts down for everyone, and clears it when stopped', async () => {
    const { ada, bo } = await openWorkshop();
    await ada.page.getByLabel('Timer length').selectOption({ label: '1 minute' });
    await ada.page.getByRole('button', { name: 'Start timer' }).click();

    const timer = bo.page.getByRole('timer', { name: 'Workshop timer' });
    await timer.waitFor();
    const first = await timer.textContent();
    expect(first).toMatch(/^(01:00|00:[0-5]\d)$/);
    // It counts down on Bo's own clock: no message needs to reach Bo for that.
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(first);
    expect(await timer.textContent()).toMatch(/^00:[0-5]\d$/);
    expect(await bo.page.getByRole('button', { name: 'Stop timer' }).count()).toBe(0);

    await ada.page.getByRole('button', { name: 'Stop timer' }).click();
    await timer.waitFor({ state: 'detached' });

    await ada.close();
    await bo.close();
  });

  it('lets another admin see who facilitates and become a facilitator', async () => {
    const board = await createCanvasBoard(
      e2e.server.url,
      e2e.server.token('admin', 'Ada'),
      'Retrospective',
    );
    const dee = await openBoardPage(e2e.browser, board.link(e2e.server.token('admin', 'Dee')));
    await openWhiteboard(dee.page);
    const facilitators = dee.page.getByRole('group', { name: 'Facilitators' });
    await facilitators.getByText('Facilitators: Ada').waitFor();
    expect(await dee.page.getByRole('button', { name: 'Start vote' }).count()).toBe(0);

    await facilitators.getByRole('button', { name: 'Make me facilitator' }).click();
    await facilitators.getByText('Facilitators: Ada, Dee').waitFor();
    await dee.page.getByRole('button', { name: 'Start vote' }).waitFor();
    await dee.page.getByRole('button', { name: 'Start timer' }).waitFor();
    expect(await facilitators.getByRole('button').count()).toBe(0);

    await dee.close();
  });
});
