import { addItem, moveItem, readRoadmap, systemEnv, type OperationContext } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardAs, openBoardPage } from '../support/boardPage.js';
import { connectProvider } from '../support/connectProvider.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

const ITEMS = 2_000;
const MOVES = 200;
/** The remote drag's pace: 20 moves a second, as a person dragging (the load, not a wait). */
const MOVE_EVERY_MS = 50;

const asRemote: OperationContext = {
  origin: { kind: 'local-user', userId: 'remote-dragger' },
  env: systemEnv,
};

/** Items on the board the editor moves cards of; beyond 150, far cards are not sortable. */
const FOLD_ITEMS = 400;

/** A roadmap of `count` items titled "Idea 1"… in General / Now; its id and the seeder. */
async function seedRoadmap(title: string, count: number) {
  const token = e2e.server.token('admin');
  const board = await api<{ id: string }>(e2e.server.url, token, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  const remote = connectProvider(e2e.server.wsUrl, board.body.id, token);
  await remote.synced();
  for (let first = 0; first < count; first += 250) {
    remote.doc.transact(() => {
      for (let index = first; index < Math.min(count, first + 250); index++) {
        addItem(remote.doc, { title: `Idea ${index + 1}` }, asRemote);
      }
    });
  }
  await remote.acknowledged();
  return { boardId: board.body.id, remote };
}

/** Where the server has the item titled `title`: its horizon. */
async function storedHorizon(boardId: string, title: string): Promise<string | undefined> {
  const stored = await api<{ items: { title: string; horizon: string }[] }>(
    e2e.server.url,
    e2e.server.token('viewer'),
    'GET',
    `/api/boards/${boardId}`,
  );
  return stored.body.items.find((item) => item.title === title)?.horizon;
}

describe('a large roadmap in Chromium', () => {
  // On a board this size, only cards near the viewport are dnd-kit sortables (CardSlot): each
  // remote move re-rendered every sortable of the cells it touched. Cards far below the fold
  // must still be moved as any other, by keyboard (focus makes a card sortable) and by pointer
  // once scrolled to.
  it('lets an editor move cards far below the fold, by keyboard and by pointer', async () => {
    const { boardId, remote } = await seedRoadmap('Below the fold', FOLD_ITEMS);
    remote.destroy();
    const editor = await openBoardAs(e2e.browser, e2e.server, boardId, 'Ines Editor');
    const { page } = editor;
    const sortable = (title: string) =>
      expect.poll(() => editor.card(title).getAttribute('aria-roledescription')).toBe('sortable');
    await sortable('Idea 1');
    expect(await editor.card(`Idea ${FOLD_ITEMS}`).getAttribute('aria-roledescription')).toBe(null);

    // Keyboard: the far card takes the focus, becomes sortable and keeps the focus.
    const far = `Idea ${FOLD_ITEMS - 10}`;
    await editor.card(far).focus();
    await sortable(far);
    await expect
      .poll(() =>
        page.evaluate<string>(`document.activeElement?.getAttribute('data-testid') ?? ''`),
      )
      .toBe('item-card');
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toContain(far);
    const announced = (text: RegExp) =>
      page.getByRole('log').filter({ hasText: text }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await announced(new RegExp(`^(Picked up ${far}\\.|${far} is over General / Now)`));
    // dnd-kit listens for arrow keys from a setTimeout(0) after the pick-up (liveRoadmap.test.ts).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowRight');
    await announced(new RegExp(`^${far} is over General / Next`));
    await page.keyboard.press('Space');
    await editor.cell('General', 'Next').getByText(far, { exact: true }).waitFor();
    await expect.poll(() => storedHorizon(boardId, far)).toBe('next');

    // Pointer: scrolled to, the card is sortable and drags to the Later column beside it.
    const dragged = `Idea ${FOLD_ITEMS - 20}`;
    await editor.card(dragged).scrollIntoViewIfNeeded();
    await sortable(dragged);
    const from = await editor.card(dragged).boundingBox();
    const later = await editor.cell('General', 'Later').boundingBox();
    if (!from || !later) throw new Error('The card or the Later cell is not on screen.');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(later.x + later.width / 2, from.y + from.height / 2, { steps: 12 });
    await page.mouse.up();
    await editor.cell('General', 'Later').getByText(dragged, { exact: true }).waitFor();
    await expect.poll(() => storedHorizon(boardId, dragged)).toBe('later');
    await editor.saved();
    await editor.close();
  });

  // Regression: found by `npm run bench -- client-frames`. While the page of a 2,000-item
  // roadmap caught up with a fast remote drag, React threw ("maximum update depth") inside Yjs's
  // update event; Yjs's transaction cleanup was cut short and the tab silently stopped sending
  // its own edits. The board view now hears of updates outside Yjs, and of remote ones once a
  // frame (useDocView): it rendered once per remote message before, fell behind the drag by tens
  // of seconds (CI once timed out waiting for the add-item field) and threw along the way.
  it('keeps up with someone dragging fast, throws nothing and still sends the person’s edits', async () => {
    const token = e2e.server.token('admin');
    const { boardId, remote } = await seedRoadmap('Everything we might build', ITEMS);
    const person = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${boardId}#token=${e2e.server.token('editor', 'Ines Editor')}`,
    );
    await person.saved();

    const dragged = readRoadmap(remote.doc).items[0];
    if (!dragged) throw new Error('The roadmap has no items.');
    for (let move = 0; move < MOVES; move++) {
      const horizon = move % 2 === 0 ? 'next' : 'now';
      moveItem(remote.doc, dragged.id, { lane: dragged.lane, horizon, index: 0 }, asRemote);
      await new Promise((resolve) => setTimeout(resolve, MOVE_EVERY_MS));
    }
    // The last move ends in Next; the page shows it soon after the drag (remote changes render as
    // transitions, which a stream of newer changes could otherwise keep from ever being drawn).
    moveItem(remote.doc, dragged.id, { lane: dragged.lane, horizon: 'next', index: 0 }, asRemote);
    await remote.acknowledged();
    await person
      .cell('General', 'Next')
      .getByText(dragged.title, { exact: true })
      .waitFor({ timeout: 5_000 });

    await person.addItem('General', 'Later', 'Typed after the drag');
    await expect
      .poll(
        async () => {
          const stored = await api<{ items: { title: string }[] }>(
            e2e.server.url,
            token,
            'GET',
            `/api/boards/${boardId}`,
          );
          return stored.body.items.some((item) => item.title === 'Typed after the drag');
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await person.saved();
    remote.destroy();
    await person.close();
  });
});
