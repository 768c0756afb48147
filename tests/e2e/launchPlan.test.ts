import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

/** How quickly an edit must show for the other person. */
const LIVE_MS = 1_000;

const e2e = useBrowserAndServer();

async function newLaunchPlan(title: string): Promise<string> {
  const created = await api<{ id: string }>(
    e2e.server.url,
    e2e.server.token('admin'),
    'POST',
    '/api/boards',
    { title, kind: 'launch', launchDate: '2027-03-12', tier: 'tier-1', template: 'empty' },
  );
  expect(created.status).toBe(201);
  return created.body.id;
}

async function openAs(boardId: string, name: string): Promise<BoardPage> {
  const board = await openBoardPage(
    e2e.browser,
    `${e2e.server.url}/b/${boardId}#token=${e2e.server.token('editor', name)}`,
  );
  await board.saved();
  return board;
}

/** The task card titled `title` on `board`. */
function task(board: BoardPage, title: string) {
  return board.page
    .locator('[data-testid="launch-task"]')
    .filter({ has: board.page.getByText(title, { exact: true }) });
}

/** Resolves once the task's due date on `board` reads exactly `due`. */
function dueShows(board: BoardPage, title: string, due: string) {
  return task(board, title)
    .locator('[data-testid="task-due"]')
    .filter({ hasText: new RegExp(`^(Due: )?${due}$`) })
    .waitFor({ timeout: LIVE_MS });
}

describe('two people building a launch plan in Chromium', () => {
  it('see each other’s tasks live, and both see every date move with the launch date', async () => {
    const id = await newLaunchPlan('Atlas 2.0 launch');
    const priya = await openAs(id, 'Priya Patel');
    const emeka = await openAs(id, 'Emeka Obi');
    await priya.page.locator('[data-testid="presence-avatar"][aria-label="Emeka Obi"]').waitFor();

    expect(await priya.page.getByLabel('Launch date').inputValue()).toBe('2027-03-12');
    expect(await priya.page.getByLabel('Tier').inputValue()).toBe('tier-1');

    // Priya adds two tasks; Emeka sees them at once, due on launch day.
    for (const [track, title] of [
      ['Marketing', 'Positioning and messaging'],
      ['Press & analyst relations', 'Analyst briefings'],
    ] as const) {
      const input = priya.page.getByLabel(`Add task to ${track}`, { exact: true });
      await input.fill(title);
      await input.press('Enter');
      await dueShows(emeka, title, 'T-0d · 12 Mar 2027');
    }

    // Priya opens a task and reschedules it to two weeks before launch, with an owner.
    await task(priya, 'Analyst briefings').click();
    await priya.page.getByLabel('Days from launch').fill('-14');
    await priya.page.getByLabel('Owner').fill('Priya');
    await priya.page.getByRole('button', { name: 'Save' }).click();
    await dueShows(emeka, 'Analyst briefings', 'T-14d · 26 Feb 2027');
    await task(emeka, 'Analyst briefings').filter({ hasText: 'Owner: Priya' }).waitFor();

    // Emeka marks the other one done: both see the readiness change.
    await task(emeka, 'Positioning and messaging').click();
    await emeka.page.getByLabel('Status').selectOption('done');
    await emeka.page.getByRole('button', { name: 'Save' }).click();
    await priya.page
      .getByRole('progressbar', { name: 'Overall readiness' })
      .and(priya.page.locator('[aria-valuenow="50"]'))
      .waitFor({ timeout: LIVE_MS });

    // Emeka moves the launch date: every task's date shifts in both pages.
    await emeka.page.getByLabel('Launch date').fill('2027-04-30');
    for (const board of [emeka, priya]) {
      await dueShows(board, 'Analyst briefings', 'T-14d · 16 Apr 2027');
      await dueShows(board, 'Positioning and messaging', 'T-0d · 30 Apr 2027');
    }
    expect(await priya.page.getByLabel('Launch date').inputValue()).toBe('2027-04-30');

    await Promise.all([priya.saved(), emeka.saved()]);
    const stored = await api<{ launchDate: string; items: { title: string; dueDate: string }[] }>(
      e2e.server.url,
      e2e.server.token('viewer'),
      'GET',
      `/api/boards/${id}`,
    );
    expect(stored.body.launchDate).toBe('2027-04-30');
    expect(stored.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Analyst briefings', dueDate: '2027-04-16' }),
      ]),
    );
    await priya.close();
    await emeka.close();
  });
});
