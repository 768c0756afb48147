import { expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** A person with a board open in their own browser context. */
export interface BoardPage {
  readonly page: Page;
  /** The card whose title is exactly `title`. */
  card(title: string): Locator;
  /** The cell of (lane name, horizon name), e.g. ('General', 'Next'). */
  cell(lane: string, horizon: string): Locator;
  /** Adds an item through the add field of a cell. */
  addItem(lane: string, horizon: string, title: string): Promise<void>;
  /** Resolves once the page shows `Saved` (every edit acknowledged by the server). */
  saved(): Promise<void>;
  close(): Promise<void>;
}

/** What to do with a fresh context before `openBoardPage` opens the page, e.g. sign someone in. */
export type PrepareContext = (context: BrowserContext) => Promise<void>;

/**
 * Opens `url` (with `#token=` in it, or a path after `prepare` signed someone in) in a fresh
 * context, as a new person would.
 */
export async function openBoardPage(
  browser: Browser,
  url: string,
  prepare?: PrepareContext,
): Promise<BoardPage> {
  const context = await browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const cell = (lane: string, horizon: string) =>
    page.getByRole('group', { name: `${lane} / ${horizon}`, exact: true });
  return {
    page,
    card: (title) =>
      page
        .locator('[data-testid="item-card"]')
        .filter({ has: page.getByText(title, { exact: true }) }),
    cell,
    addItem: async (lane, horizon, title) => {
      const input = page.getByLabel(`Add item to ${lane} / ${horizon}`);
      await input.fill(title);
      await input.press('Enter');
    },
    saved: () =>
      page
        .getByRole('status')
        .filter({ hasText: /^Saved$/ })
        .waitFor(),
    close: async () => {
      expect(errors, 'uncaught errors in the page').toEqual([]);
      await context.close();
    },
  };
}

/** Who can mint tokens for a test: the test server. */
interface TokenIssuer {
  readonly url: string;
  token(role: 'viewer' | 'commenter' | 'editor' | 'admin', name: string): string;
}

/**
 * Opens board `boardId` as a new person `name` with a token of `role`, and waits until the page
 * says Saved (its first sync is done).
 */
export async function openBoardAs(
  browser: Browser,
  server: TokenIssuer,
  boardId: string,
  name: string,
  role: 'editor' | 'viewer' = 'editor',
): Promise<BoardPage> {
  const board = await openBoardPage(
    browser,
    `${server.url}/b/${boardId}#token=${server.token(role, name)}`,
  );
  await board.saved();
  return board;
}

/** Moves the card one column right with dnd-kit's keyboard sensor (see liveRoadmap.test.ts), and
 * waits until this page shows it in the new cell. */
export async function moveRight(board: BoardPage, title: string, to: string): Promise<void> {
  const announced = (text: RegExp) =>
    board.page.getByRole('log').filter({ hasText: text }).waitFor({ state: 'attached' });
  await board.card(title).focus();
  await board.page.keyboard.press('Space');
  await announced(new RegExp(`^(Picked up ${title}\\.|${title} is over )`));
  await board.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await board.page.keyboard.press('ArrowRight');
  await announced(new RegExp(`^${title} is over General / ${to}`));
  await board.page.keyboard.press('Space');
  await board.cell('General', to).getByText(title, { exact: true }).waitFor();
}
