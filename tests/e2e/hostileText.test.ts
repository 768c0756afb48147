import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

const e2e = useBrowserAndServer();

/** Naughty strings that look like markup or script, trimmed and within the title limit. */
function markupStrings(): string[] {
  return naughtyStrings()
    .map((raw) => raw.trim())
    .filter(
      (text) => /[<>]|javascript:|on\w+=/i.test(text) && text.length > 0 && [...text].length <= 200,
    );
}

describe('untrusted text in Chromium', () => {
  it('shows markup and script payloads as plain text and runs none of them', async () => {
    const editor = e2e.server.token('editor');
    const titles = markupStrings();
    expect(titles.length).toBeGreaterThan(50);
    const board = await api<{ id: string }>(e2e.server.url, editor, 'POST', '/api/boards', {
      title: '<img src=x onerror="window.__cairnXss=1">',
      kind: 'roadmap',
    });
    for (const title of titles) {
      const created = await api(
        e2e.server.url,
        editor,
        'POST',
        `/api/boards/${board.body.id}/items`,
        {
          title,
          owner: '<script>window.__cairnXss=1</script>',
          tags: ['<b>bold</b>'],
        },
      );
      expect(created.status, title).toBe(201);
    }

    const page = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${board.body.id}#token=${editor}`,
    );
    const dialogs: string[] = [];
    page.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.saved();
    await page.page
      .getByRole('heading', { level: 1, name: '<img src=x onerror="window.__cairnXss=1">' })
      .waitFor();
    const shown = await page.page.locator('[data-testid="item-card"]').count();
    expect(shown).toBe(titles.length);
    const cardTexts = await page.page.locator('[data-testid="item-card"]').allInnerTexts();
    for (const title of titles.slice(0, 40)) {
      expect(cardTexts.some((text) => text.includes(title.replace(/\s+/g, ' ')))).toBe(true);
    }
    expect(
      await page.page.evaluate(() => (globalThis as { __cairnXss?: number }).__cairnXss),
    ).toBeUndefined();
    expect(
      await page.page
        .locator('[data-testid="item-card"] script, [data-testid="item-card"] img')
        .count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
