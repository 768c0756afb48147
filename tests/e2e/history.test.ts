import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { moveRight, openBoardAs } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

// Issue 8, history: save a version, change the board, compare (the board marks what changed and
// the changelog names it), then roll back and everyone sees it undone.

const e2e = useBrowserAndServer();

/** Markup in a name must show as the characters typed. */
const VERSION_NAME = 'Q3 review <b>final</b>';

describe('versions of a roadmap', () => {
  it('compares a saved version with the board, marks the changes, and rolls back', async () => {
    const admin = e2e.server.token('admin');
    const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      title: 'Launch roadmap',
      kind: 'roadmap',
    });
    const boardId = created.body.id;
    await api(e2e.server.url, admin, 'POST', `/api/boards/${boardId}/items`, {
      title: 'Billing',
      horizon: 'now',
      startDate: '2026-03-01',
      endDate: '2026-03-10',
    });
    const erin = await openBoardAs(e2e.browser, e2e.server, boardId, 'Erin Editor');
    const victor = await openBoardAs(e2e.browser, e2e.server, boardId, 'Victor Viewer', 'viewer');
    const { page } = erin;
    await erin.card('Billing').waitFor();

    // Save a version.
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Versions' });
    await dialog.getByLabel('Save the board as it is now').fill(VERSION_NAME);
    await dialog.getByRole('button', { name: 'Save version' }).click();
    const row = dialog.getByTestId('version').filter({ hasText: VERSION_NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('Saved by Erin Editor');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Move the item to Next and slip its end date by five days, in the UI.
    await moveRight(erin, 'Billing', 'Next');
    await erin.card('Billing').click();
    const editor = page.getByRole('dialog', { name: 'Edit item' });
    await editor.getByLabel('End date').fill('2026-03-15');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await erin.saved();

    // Compare with now: the changes, grouped, and the changelog name the item.
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    await row.getByRole('button', { name: 'Compare with now' }).click();
    const changelog = dialog.getByLabel('Changelog for stakeholders');
    await expect
      .poll(() => changelog.inputValue())
      .toContain('Moved item "Billing" from "Now" to "Next"');
    const text = await changelog.inputValue();
    expect(text).toContain(`from version "${VERSION_NAME}"`);
    expect(text).toContain('Item "Billing": end date slipped 5 days (2026-03-10 → 2026-03-15)');
    expect(await dialog.getByTestId('changes-moved').textContent()).toContain('Billing');
    await page.keyboard.press('Escape');

    // The board marks the item while the comparison is on.
    const badges = erin.card('Billing').getByTestId('change-badge');
    await expect
      .poll(() => badges.allTextContents())
      .toEqual(['Moved from Now', 'End slipped 5 days']);
    expect(await page.getByTestId('comparison-bar').textContent()).toContain('2 changes');

    // Roll back, with a confirmation: Erin and Victor both see the item back in Now.
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    await row.getByRole('button', { name: 'Roll back to this' }).click();
    await row.getByRole('button', { name: 'Roll back', exact: true }).click();
    await dialog.getByRole('status', { name: 'Rollback' }).waitFor();
    expect(await dialog.getByRole('status', { name: 'Rollback' }).textContent()).toContain(
      `Before rolling back to ${VERSION_NAME}`,
    );
    await page.keyboard.press('Escape');
    await erin.cell('General', 'Now').getByText('Billing', { exact: true }).waitFor();
    await victor.cell('General', 'Now').getByText('Billing', { exact: true }).waitFor();
    const board = await api<{ items: { title: string; endDate: string }[] }>(
      e2e.server.url,
      admin,
      'GET',
      `/api/boards/${boardId}`,
    );
    expect(board.body.items).toEqual([
      expect.objectContaining({ title: 'Billing', endDate: '2026-03-10' }),
    ]);

    // The comparison with now follows the board: after the rollback nothing differs.
    await badges.first().waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('comparison-bar').textContent())
      .toContain('0 changes');
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await page.getByTestId('comparison-bar').waitFor({ state: 'detached' });
    await erin.close();
    await victor.close();
  });
});
