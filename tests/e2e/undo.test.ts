import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardAs, type BoardPage, moveRight } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

// Issue 6: undo and redo per person on structured boards. Ctrl+Z reverts only the person's own
// changes (a move is one step), and everyone sees the undo live.

const e2e = useBrowserAndServer();

async function newRoadmap(title: string): Promise<string> {
  const created = await api<{ id: string }>(
    e2e.server.url,
    e2e.server.token('admin'),
    'POST',
    '/api/boards',
    { title, kind: 'roadmap' },
  );
  return created.body.id;
}

function openAs(
  boardId: string,
  name: string,
  role: 'editor' | 'viewer' = 'editor',
): Promise<BoardPage> {
  return openBoardAs(e2e.browser, e2e.server, boardId, name, role);
}

/** Leaves the field that has focus, so the next shortcut is the board's and not the field's. */
async function leaveField(page: Page): Promise<void> {
  await page.evaluate(
    `document.activeElement instanceof HTMLElement && document.activeElement.blur()`,
  );
}

describe('undo and redo on a roadmap', () => {
  it('undoes only your own changes, a move as one step, and the other person sees it', async () => {
    const id = await newRoadmap('Undo planning');
    const ana = await openAs(id, 'Ana Undo');
    const ben = await openAs(id, 'Ben Undo');
    const undoButton = ana.page.getByRole('button', { name: 'Undo', exact: true });
    const redoButton = ana.page.getByRole('button', { name: 'Redo', exact: true });
    expect(await undoButton.isDisabled()).toBe(true);

    await ana.addItem('General', 'Now', 'Pricing page');
    await ben.card('Pricing page').waitFor();
    await ben.addItem('General', 'Now', 'Sales deck');
    await ana.card('Sales deck').waitFor();
    await moveRight(ana, 'Pricing page', 'Next');
    await ben.cell('General', 'Next').getByText('Pricing page', { exact: true }).waitFor();

    // The move is one step: one Ctrl+Z puts the card back, for Ben too.
    await leaveField(ana.page);
    await ana.page.keyboard.press('Control+z');
    await ben.cell('General', 'Now').getByText('Pricing page', { exact: true }).waitFor();
    await ana.cell('General', 'Now').getByText('Pricing page', { exact: true }).waitFor();
    // The add is the next step; Ben's item is not Ana's to undo.
    await ana.page.keyboard.press('Control+z');
    await ben.card('Pricing page').waitFor({ state: 'detached' });
    await ben.card('Sales deck').waitFor();
    await expect.poll(() => undoButton.isDisabled()).toBe(true);
    await ana.page.keyboard.press('Control+z');
    expect(await ana.card('Sales deck').count()).toBe(1);

    // Redo with the keyboard and the header button.
    await ana.page.keyboard.press('Control+Shift+z');
    await ben.cell('General', 'Now').getByText('Pricing page', { exact: true }).waitFor();
    await redoButton.click();
    await ben.cell('General', 'Next').getByText('Pricing page', { exact: true }).waitFor();
    await expect.poll(() => redoButton.isDisabled()).toBe(true);

    // Ben's own undo removes his item only.
    await leaveField(ben.page);
    await ben.page.keyboard.press('Control+z');
    await ana.card('Sales deck').waitFor({ state: 'detached' });
    await ana.cell('General', 'Next').getByText('Pricing page', { exact: true }).waitFor();

    await Promise.all([ana.saved(), ben.saved()]);
    const stored = await api<{ items: { title: string; horizon: string }[] }>(
      e2e.server.url,
      e2e.server.token('viewer'),
      'GET',
      `/api/boards/${id}`,
    );
    expect(stored.body.items.map((item) => `${item.title} @ ${item.horizon}`)).toEqual([
      'Pricing page @ next',
    ]);
    await ana.close();
    await ben.close();
  });

  it('leaves Ctrl+Z to a text field while typing, and shows no undo to viewers', async () => {
    const id = await newRoadmap('Undo fields');
    const ana = await openAs(id, 'Ana Typing');
    await ana.addItem('General', 'Now', 'Roadmap review');
    const input = ana.page.getByLabel('Add item to General / Now');
    await input.fill('Half-typed');
    await input.press('Control+z');
    // The board's undo did not run: the item Ana added is still there.
    await ana.card('Roadmap review').waitFor();
    await ana.saved();
    expect(await ana.card('Roadmap review').count()).toBe(1);

    const vic = await openAs(id, 'Vic Viewer', 'viewer');
    await vic.card('Roadmap review').waitFor();
    expect(await vic.page.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    await ana.close();
    await vic.close();
  });
});
