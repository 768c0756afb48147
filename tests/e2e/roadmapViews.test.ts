import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

/** How quickly an edit must show for the other person. */
const LIVE_MS = 1_000;

const e2e = useBrowserAndServer();

interface Item {
  id: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

/** A roadmap with items created over REST, as a planning session would leave it. */
async function boardWith(items: Record<string, unknown>[]): Promise<{ id: string; items: Item[] }> {
  const token = e2e.server.token('admin');
  const board = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', {
    title: 'Views',
    kind: 'roadmap',
  });
  const created: Item[] = [];
  for (const item of items) {
    const response = await api<Item>(
      e2e.server.url,
      token,
      'POST',
      `/api/boards/${board.body.id}/items`,
      item,
    );
    expect(response.status).toBe(201);
    created.push(response.body);
  }
  return { id: board.body.id, items: created };
}

async function openAs(boardId: string, name: string): Promise<BoardPage> {
  const board = await openBoardPage(
    e2e.browser,
    `${e2e.server.url}/b/${boardId}#token=${e2e.server.token('editor', name)}`,
  );
  await board.saved();
  return board;
}

describe('views of one roadmap in Chromium', () => {
  it('moves a timeline bar with the keyboard, and the other person sees the new dates', async () => {
    const { id, items } = await boardWith([
      { title: 'Checkout redesign', startDate: '2026-03-02', endDate: '2026-03-13' },
    ]);
    const itemId = items[0]?.id ?? '';
    const priya = await openAs(id, 'Priya Patel');
    const emeka = await openAs(id, 'Emeka Obi');

    for (const person of [priya, emeka]) {
      await person.page.getByRole('tab', { name: 'Timeline' }).click();
    }
    const bar = (person: BoardPage) =>
      person.page.locator(`[data-testid="timeline-bar"][data-item-id="${itemId}"]`);
    await expect.poll(() => bar(emeka).getAttribute('data-start')).toBe('2026-03-02');

    await bar(priya).focus();
    await priya.page.keyboard.press('ArrowRight');
    await priya.page.keyboard.press('ArrowRight');
    await priya.page.keyboard.press('Shift+ArrowRight');
    await expect
      .poll(() => bar(emeka).getAttribute('data-start'), { timeout: LIVE_MS })
      .toBe('2026-03-04');
    await expect
      .poll(() => bar(emeka).getAttribute('data-end'), { timeout: LIVE_MS })
      .toBe('2026-03-16');

    await priya.saved();
    const stored = await api<{ items: Item[] }>(
      e2e.server.url,
      e2e.server.token('viewer'),
      'GET',
      `/api/boards/${id}`,
    );
    expect(stored.body.items[0]).toMatchObject({ startDate: '2026-03-04', endDate: '2026-03-16' });
    await priya.close();
    await emeka.close();
  });

  it('lists every item in the table, sortable by column', async () => {
    const { id } = await boardWith([
      { title: 'Bravo', owner: 'Zoe', horizon: 'next' },
      { title: 'Alpha', owner: 'Yann', horizon: 'later' },
      { title: 'Charlie', owner: 'Xia' },
    ]);
    const person = await openAs(id, 'Ana Table');
    await person.page.getByRole('tab', { name: 'Table' }).click();
    const table = person.page.getByRole('table');
    const titles = () => table.locator('tbody .table-open').allInnerTexts();
    expect(await titles()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    await table.getByRole('button', { name: 'Owner' }).click();
    expect(await titles()).toEqual(['Charlie', 'Alpha', 'Bravo']);
    await expect
      .poll(() => table.getByRole('columnheader', { name: 'Owner' }).getAttribute('aria-sort'))
      .toBe('ascending');
    await person.close();
  });

  it('orders items by RICE score in Prioritise, and re-ranks when a score changes', async () => {
    const { id, items } = await boardWith([
      { title: 'Small', reach: 100, impact: 1, confidence: 50, effort: 1 },
      { title: 'Large', reach: 1000, impact: 2, confidence: 80, effort: 2 },
      { title: 'Unscored' },
    ]);
    const person = await openAs(id, 'Rui Rice');
    await person.page.getByRole('tab', { name: 'Prioritise' }).click();
    const rows = person.page.locator('[data-testid="rice-row"] .table-open');
    expect(await rows.allInnerTexts()).toEqual(['Large', 'Small', 'Unscored']);

    const reach = person.page.getByLabel('Reach of Small');
    await reach.fill('100000');
    await reach.press('Enter');
    await expect.poll(() => rows.allInnerTexts()).toEqual(['Small', 'Large', 'Unscored']);
    await person.saved();

    // Comment threads show beside an item's title in the table views too, live.
    const small = items.find((item) => item.title === 'Small')?.id ?? '';
    await api(e2e.server.url, e2e.server.token('commenter'), 'POST', `/api/boards/${id}/comments`, {
      body: 'Is the reach realistic?',
      anchor: { type: 'item', id: small },
    });
    const smallRow = person.page.locator('[data-testid="rice-row"]').filter({ hasText: 'Small' });
    await smallRow.getByRole('button', { name: '1 comment thread' }).waitFor();
    await person.page.getByRole('tab', { name: 'Table' }).click();
    const tableBadge = person.page
      .locator('[data-testid="table-row"]')
      .filter({ hasText: 'Small' })
      .getByRole('button', { name: '1 comment thread' });
    await tableBadge.click();
    // The thread's "On Small" brings the item back into view, its badge focused.
    await person.page
      .locator('[data-testid="comment-thread"]')
      .getByRole('button', { name: 'Small', exact: true })
      .click();
    await expect
      .poll(() =>
        person.page.evaluate<string | null>(
          "document.activeElement?.getAttribute('data-anchor-id') ?? null",
        ),
      )
      .toBe(small);
    await person.close();
  });

  it('groups swimlanes by owner, and shows a release added in the manager on the timeline', async () => {
    const { id } = await boardWith([
      { title: 'Search', owner: 'Mina', startDate: '2026-04-06', endDate: '2026-04-24' },
      { title: 'Exports', owner: 'Kofi', startDate: '2026-05-04', endDate: '2026-05-08' },
    ]);
    const person = await openAs(id, 'Lea Lanes');
    await person.page.getByLabel('Group by').selectOption('owner');
    const swimlanes = person.page.locator('[data-testid="swimlane"] h2');
    expect(await swimlanes.allInnerTexts()).toEqual(['Kofi', 'Mina']);

    await person.page.getByRole('button', { name: 'Releases' }).click();
    const dialog = person.page.getByRole('dialog');
    await dialog.getByLabel('Release name').fill('Spring release');
    await dialog.getByLabel('Release date').fill('2026-04-30');
    await dialog.getByRole('button', { name: 'Add release' }).click();
    await dialog.locator('[data-testid="release-row"]').getByText('Spring release').waitFor();
    await dialog.getByRole('button', { name: 'Close dialog' }).click();

    await person.page.getByRole('tab', { name: 'Timeline' }).click();
    await person.page
      .locator('[data-testid="timeline-marker"]')
      .filter({ hasText: 'Spring release' })
      .waitFor();
    const rows = person.page.locator('[data-testid="timeline-swimlane"] h2');
    expect(await rows.allInnerTexts()).toEqual(['Kofi', 'Mina']);
    await person.saved();
    await person.close();
  });
});
