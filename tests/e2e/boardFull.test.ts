import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardAs } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

/** Small enough that a few long item titles fill a roadmap. */
const LIMIT_BYTES = 4_000;
const e2e = useBrowserAndServer({ CAIRN_MAX_DOCUMENT_BYTES: String(LIMIT_BYTES) });

describe('a board at its size limit in Chromium', () => {
  it('says the board is full, keeps what the server stored, and opens again', async () => {
    const admin = e2e.server.token('admin');
    const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
      title: 'Tiny server',
      kind: 'roadmap',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const board = await openBoardAs(e2e.browser, e2e.server, id, 'Filler');
    const full = board.page.getByRole('heading', { name: 'This board is full' });

    // Titles of 190 characters (the limit is 200): the board fills within a couple of dozen.
    let added = 0;
    while ((await full.count()) === 0) {
      expect(added, 'items added before the limit').toBeLessThan(40);
      await board.addItem(
        'General',
        'Now',
        `Item ${String(added).padStart(2, '0')} ${'x'.repeat(180)}`,
      );
      added += 1;
      await Promise.race([
        board.page
          .getByRole('status')
          .filter({ hasText: /^Saved$/ })
          .waitFor(),
        full.waitFor(),
      ]);
    }

    // The server kept the board as it was before the refused change.
    const stored = await api<{ items: unknown[] }>(
      e2e.server.url,
      admin,
      'GET',
      `/api/boards/${id}`,
    );
    expect(stored.status).toBe(200);
    expect(stored.body.items.length).toBe(added - 1);

    // Opening it again shows it, not the refusal: the refused change is gone from the copy too.
    await board.page.reload();
    await board.saved();
    expect(await full.count()).toBe(0);
    // The cards render after the sync ("Saved"), as a transition: wait for them.
    await expect
      .poll(() => board.page.locator('[data-testid="item-card"]').count(), { timeout: 10_000 })
      .toBe(added - 1);
    await board.close();
  });
});
