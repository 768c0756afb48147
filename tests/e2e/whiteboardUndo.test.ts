import { describe, expect, it } from 'vitest';
import { openBoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  sticky,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

describe('undo on the whiteboard', () => {
  it("undoes only the person's own changes, never someone else's", async () => {
    const board = await createCanvasBoard(
      e2e.server.url,
      e2e.server.token('admin'),
      'Undo workshop',
    );
    const url = (name: string) => board.link(e2e.server.token('editor', name));
    const ada = await openBoardPage(e2e.browser, url('Ada'));
    const bo = await openBoardPage(e2e.browser, url('Bo'));
    await ada.saved();
    await bo.saved();
    await openWhiteboard(ada.page);
    await openWhiteboard(bo.page);

    await drawSticky(ada.page, 'Ada idea', { x: 0.3, y: 0.5 });
    await drawSticky(bo.page, 'Bo idea', { x: 0.7, y: 0.5 });
    await sticky(ada.page, 'Bo idea').waitFor();
    await sticky(bo.page, 'Ada idea').waitFor();
    await ada.saved();

    // More undo steps than Ada made: the extra presses must find nothing of Bo's to undo.
    for (let press = 0; press < 6; press += 1) {
      await ada.page.keyboard.press('Control+z');
    }
    await sticky(ada.page, 'Ada idea').waitFor({ state: 'detached' });
    await sticky(bo.page, 'Ada idea').waitFor({ state: 'detached' });
    expect(await sticky(ada.page, 'Bo idea').count()).toBe(1);
    expect(await sticky(bo.page, 'Bo idea').count()).toBe(1);

    // Redo brings Ada's sticky back, for both.
    for (let press = 0; press < 6; press += 1) {
      await ada.page.keyboard.press('Control+Shift+z');
    }
    await sticky(bo.page, 'Ada idea').waitFor();
    await expect.poll(() => sticky(ada.page, 'Ada idea').textContent()).toContain('Ada idea');

    await ada.close();
    await bo.close();
  });
});
