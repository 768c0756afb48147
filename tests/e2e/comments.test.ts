import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { callAs, makePerson, type TestPerson } from '../support/commentPeople.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { signUpInContext } from '../support/accounts.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  drawSticky,
  openWhiteboard,
  recordDialogs,
  sticky,
  whiteboardCanvas,
} from '../support/whiteboardPage.js';

/** How quickly a comment or a resolve must show for the other person. */
const LIVE_MS = 2_000;

const e2e = useBrowserAndServer();

async function newRoadmap(title: string, items: readonly string[]): Promise<string> {
  const admin = e2e.server.token('admin', 'Ana Admin');
  const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
    title,
    kind: 'roadmap',
  });
  expect(created.status).toBe(201);
  for (const item of items) {
    const added = await api(e2e.server.url, admin, 'POST', `/api/boards/${created.body.id}/items`, {
      title: item,
      horizon: 'now',
    });
    expect(added.status, item).toBe(201);
  }
  return created.body.id;
}

async function openAs(boardId: string, who: TestPerson): Promise<BoardPage> {
  const board = await openBoardPage(
    e2e.browser,
    `${e2e.server.url}/b/${boardId}#token=${who.token}`,
  );
  await board.saved();
  return board;
}

/**
 * Someone with an account, signed in in a browser of their own and made a member of `boardId`
 * with `role` by an admin, on the board's page.
 */
async function openAsMember(
  boardId: string,
  role: 'commenter' | 'editor',
  name: string,
  email: string,
): Promise<{ board: BoardPage; id: string }> {
  let id = '';
  const board = await openBoardPage(
    e2e.browser,
    `${e2e.server.url}/b/${boardId}`,
    async (context) => {
      id = await signUpInContext(e2e.server, context, {
        email,
        name,
        password: 'correct horse battery',
      });
      const added = await api(
        e2e.server.url,
        e2e.server.token('admin', 'Ana Admin'),
        'POST',
        `/api/boards/${boardId}/members`,
        { email, role },
      );
      expect(added.status).toBe(201);
    },
  );
  await board.saved();
  return { board, id };
}

/** The comments panel of `page`. */
const panel = (page: Page) => page.getByRole('complementary', { name: 'Comments' });

describe('comments in Chromium', () => {
  it('lets a marketer comment and mention an engineer, who sees it live, in the inbox, and resolves it', async () => {
    const id = await newRoadmap('Q3 plan', ['Usage-based billing']);
    // Both have accounts and are members of the board: a commenter and an editor.
    const { board: marketer } = await openAsMember(
      id,
      'commenter',
      'Mia (marketing)',
      'mia@example.com',
    );
    const { board: engineer, id: eliId } = await openAsMember(
      id,
      'editor',
      'Eli (engineering)',
      'eli@example.com',
    );
    const card = 'Usage-based billing';

    // The marketer starts a thread on the item from its card and mentions Eli through the
    // autocomplete (arrow keys and Enter).
    await marketer.card(card).hover();
    await marketer
      .card(card)
      .getByRole('button', { name: `Comment on ${card}` })
      .click();
    const composer = panel(marketer.page).getByRole('combobox', { name: `Comment on ${card}` });
    // It opens with the focus in the form, ready to type.
    await panel(marketer.page).locator('textarea:focus').waitFor();
    await composer.pressSequentially('Can we move this to Next? @el');
    const options = marketer.page.getByRole('listbox', { name: 'People to mention' });
    await options.getByRole('option', { name: 'Eli (engineering)' }).waitFor();
    expect(await options.getByRole('option', { name: 'Mia (marketing)' }).count()).toBe(0);
    await composer.press('ArrowDown');
    await composer.press('ArrowUp');
    expect(
      await options
        .getByRole('option', { name: 'Eli (engineering)' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    await composer.press('Enter');
    await expect
      .poll(() => composer.inputValue())
      .toBe('Can we move this to Next? @Eli (engineering) ');
    await composer.pressSequentially('what do you think?');
    await panel(marketer.page).getByRole('button', { name: 'Comment', exact: true }).click();
    const marketerThread = panel(marketer.page).locator('[data-testid="comment-thread"]');
    await marketerThread.locator('.mention-chip', { hasText: '@Eli (engineering)' }).waitFor();
    await expect.poll(() => composer.inputValue()).toBe('');

    // What the server stored: the mention as <@id>.
    const admin = await makePerson(e2e.server, 'admin', 'Ana Admin');
    const stored = await callAs<{
      threads: { comments: { body: string; mentions: string[] }[] }[];
    }>(e2e.server, admin, 'GET', `/api/boards/${id}/comments`);
    expect(stored.body.threads[0]?.comments[0]).toMatchObject({
      body: `Can we move this to Next? <@${eliId}> what do you think?`,
      mentions: [eliId],
    });

    // The engineer sees the count on the item and in the header, live.
    await engineer
      .card(card)
      .getByRole('button', { name: '1 comment thread' })
      .waitFor({ timeout: LIVE_MS });
    await engineer.page
      .getByRole('button', { name: 'Comments, 1 open thread' })
      .waitFor({ timeout: LIVE_MS });

    // …and in the inbox, unread; opening it leads to the thread on the board.
    await engineer.page.getByRole('link', { name: /^Inbox/ }).click();
    const item = engineer.page.locator('[data-testid="inbox-item"]');
    await item.filter({ hasText: 'Mia (marketing) mentioned you on Q3 plan' }).waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    await item.getByText('Unread').waitFor();
    await engineer.page.getByRole('link', { name: 'Inbox, 1 unread' }).waitFor();
    await engineer.page
      .locator('[data-testid="changed-board"]')
      .filter({ hasText: 'Q3 plan' })
      .filter({ hasText: 'Mia (marketing)' })
      .waitFor();
    await item.getByRole('link').click();
    await engineer.page.waitForURL(/\/b\/[^?]+\?thread=/);
    const engineerThread = panel(engineer.page).locator('[data-testid="comment-thread"]');
    await engineerThread.getByText('what do you think?', { exact: false }).waitFor();
    await panel(engineer.page).locator('[data-testid="comment-thread"]:focus').waitFor();
    // A reaction shows who reacted, for everyone.
    await engineerThread.getByRole('button', { name: 'Add reaction' }).click();
    await engineerThread.getByRole('button', { name: 'React with 👍' }).click();
    await marketerThread
      .getByRole('button', { name: '👍 1: Eli (engineering)' })
      .waitFor({ timeout: LIVE_MS });
    await engineerThread.getByRole('button', { name: 'Resolve' }).click();

    // The marketer sees it resolved, live: out of the open list, behind "Show resolved".
    await panel(marketer.page)
      .getByRole('button', { name: 'Show resolved (1)' })
      .waitFor({ timeout: LIVE_MS });
    await panel(marketer.page).getByRole('button', { name: 'Show resolved (1)' }).click();
    await panel(marketer.page).getByText('Resolved by Eli (engineering)').waitFor();
    expect(
      await marketer.card(card).getByRole('button', { name: '1 comment thread' }).count(),
    ).toBe(0);
    // A commenter may reopen the thread she started; nobody else's controls show.
    await panel(marketer.page).getByRole('button', { name: 'Reopen' }).waitFor();

    // The marketer cannot move the item: no drag, it stays in its cell.
    await panel(marketer.page).getByRole('button', { name: 'Close comments' }).click();
    await expect.poll(() => panel(marketer.page).count()).toBe(0);
    const from = await marketer.card(card).boundingBox();
    const to = await marketer.cell('General', 'Next').boundingBox();
    if (!from || !to) throw new Error('The card or the cell is not on screen.');
    await marketer.page.mouse.move(from.x + 20, from.y + from.height / 2);
    await marketer.page.mouse.down();
    await marketer.page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 10 });
    await marketer.page.mouse.up();
    await marketer.page.keyboard.press('Escape');
    expect(await marketer.card(card).getAttribute('aria-roledescription')).toBeNull();
    await marketer.cell('General', 'Now').getByText(card, { exact: true }).waitFor();
    expect(await marketer.cell('General', 'Next').getByText(card, { exact: true }).count()).toBe(0);
    await engineer.cell('General', 'Now').getByText(card, { exact: true }).waitFor();

    await marketer.close();
    await engineer.close();
  });

  it('gives viewers no write controls, and shows the server’s reason when it refuses a write', async () => {
    const id = await newRoadmap('Review', ['Pricing page']);
    const mia = await makePerson(e2e.server, 'commenter', 'Mia (marketing)');
    const vic = await makePerson(e2e.server, 'viewer', 'Vic Viewer');
    const items = await callAs<{ items: { id: string }[] }>(
      e2e.server,
      mia,
      'GET',
      `/api/boards/${id}`,
    );
    const itemId = items.body.items[0]?.id ?? '';
    const created = await callAs<{ id: string }>(
      e2e.server,
      mia,
      'POST',
      `/api/boards/${id}/comments`,
      { body: 'Is the copy final?', anchor: { type: 'item', id: itemId } },
    );
    await callAs(
      e2e.server,
      mia,
      'PUT',
      `/api/boards/${id}/comments/${created.body.id}/reactions/${encodeURIComponent('👀')}`,
    );

    const viewer = await openAs(id, vic);
    await viewer.card('Pricing page').getByRole('button', { name: '1 comment thread' }).click();
    const viewerPanel = panel(viewer.page);
    await viewerPanel.getByText('Is the copy final?').waitFor();
    await viewerPanel.getByText('You can read the comments on this board.').waitFor();
    expect(await viewerPanel.getByRole('combobox').count()).toBe(0);
    expect(
      await viewerPanel
        .getByRole('button', { name: /Resolve|Reply|Edit|Delete|reaction|👀/ })
        .count(),
    ).toBe(0);
    await viewerPanel.getByText('👀 1: Mia (marketing)').waitFor();
    // Escape closes the panel and gives the focus back to the badge that opened it.
    await viewer.page.keyboard.press('Escape');
    await expect.poll(() => viewerPanel.count()).toBe(0);
    await viewer.card('Pricing page').locator('[data-testid="comment-badge"]:focus').waitFor();

    // Her own comment: she edits it and deletes a second one; the viewer sees both live.
    const marketer = await openAs(id, mia);
    await marketer.page.getByRole('button', { name: 'Comments, 1 open thread' }).click();
    const marketerPanel = panel(marketer.page);
    await marketerPanel.getByRole('button', { name: 'Edit' }).click();
    const edit = marketerPanel.getByRole('combobox', { name: 'Edit comment' });
    await edit.fill('Is the copy final now?');
    await marketerPanel.getByRole('button', { name: 'Save' }).click();
    await marketerPanel.getByText('(edited)').waitFor();
    await viewer.card('Pricing page').getByRole('button', { name: '1 comment thread' }).click();
    await viewerPanel.getByText('Is the copy final now?').waitFor({ timeout: LIVE_MS });
    await viewerPanel.getByRole('button', { name: 'Show all comments' }).click();
    await marketerPanel.getByRole('combobox', { name: 'Comment on the board' }).fill('Typo');
    await marketerPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await viewerPanel.getByText('Typo', { exact: true }).waitFor({ timeout: LIVE_MS });
    await marketerPanel
      .locator('[data-testid="comment-thread"]', { hasText: 'Typo' })
      .getByRole('button', { name: 'Delete comment by Mia (marketing)' })
      .click();
    await marketerPanel.getByRole('button', { name: 'Delete', exact: true }).click();
    await viewerPanel
      .getByText('Typo', { exact: true })
      .waitFor({ state: 'detached', timeout: LIVE_MS });

    await marketer.page.route('**/replies', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'Your role on this board does not allow comments.' }),
      }),
    );
    const reply = panel(marketer.page).getByRole('combobox', { name: 'Reply to Mia (marketing)' });
    await reply.fill('Yes, final.');
    await panel(marketer.page).getByRole('button', { name: 'Reply', exact: true }).click();
    await panel(marketer.page)
      .getByRole('alert')
      .filter({ hasText: 'Your role on this board does not allow comments.' })
      .waitFor();
    expect(await reply.inputValue()).toBe('Yes, final.');
    await viewer.close();
    await marketer.close();
  });

  it('shows hostile comment bodies and names as text and runs none of them', async () => {
    const bodies = naughtyStrings()
      .map((raw) => raw.trim())
      .filter((text) => /[<>]|javascript:|on\w+=/i.test(text) && text.length > 0)
      .slice(0, 40);
    expect(bodies.length).toBe(40);
    const id = await newRoadmap('<img src=x onerror="window.__cairnXss=1">', [
      '<script>window.__cairnXss=1</script>',
    ]);
    const hostile = await makePerson(
      e2e.server,
      'commenter',
      '<img src=x onerror="window.__cairnXss=1">',
    );
    const reader = await makePerson(e2e.server, 'editor', 'Rea Reader');
    for (const body of bodies) {
      const created = await callAs(e2e.server, hostile, 'POST', `/api/boards/${id}/comments`, {
        body,
      });
      expect(created.status, body).toBe(201);
    }
    const mention = `<@${hostile.id}> <@${reader.id}> javascript:alert(1) https://example.com/<b>`;
    const mentioned = await callAs(e2e.server, hostile, 'POST', `/api/boards/${id}/comments`, {
      body: mention,
    });
    expect(mentioned.status).toBe(201);

    const page = await openAs(id, reader);
    const dialogs = recordDialogs(page.page);
    await page.page.getByRole('button', { name: /^Comments/ }).click();
    const threads = panel(page.page).locator('[data-testid="comment-thread"]');
    await expect.poll(() => threads.count()).toBe(bodies.length + 1);
    const texts = await panel(page.page).locator('.comment__body').allTextContents();
    for (const body of bodies) expect(texts).toContain(body);
    const chips = await panel(page.page).locator('.mention-chip').allTextContents();
    expect(chips).toEqual(['@<img src=x onerror="window.__cairnXss=1">', '@Rea Reader']);
    const links = panel(page.page).locator('.comment__body a');
    expect(await links.count()).toBe(1);
    expect(await links.getAttribute('href')).toBe('https://example.com/');
    expect(await links.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await links.getAttribute('target')).toBe('_blank');
    expect(await panel(page.page).locator('script, img, iframe, svg a').count()).toBe(0);

    // The inbox shows the hostile name and excerpt as text too.
    await page.page.getByRole('link', { name: /^Inbox/ }).click();
    await page.page
      .locator('[data-testid="inbox-item"]')
      .filter({ hasText: '<img src=x onerror="window.__cairnXss=1"> mentioned you' })
      .waitFor();
    expect(await page.page.locator('main script, main img').count()).toBe(0);
    await page.page.getByRole('link', { name: 'Inbox, 1 unread' }).waitFor();
    await page.page.getByRole('button', { name: 'Mark all read' }).click();
    await page.page.getByRole('link', { name: 'Inbox', exact: true }).waitFor();
    expect(await page.page.locator('[data-testid="inbox-item"]').getAttribute('data-read')).toBe(
      'true',
    );
    expect(
      await page.page.evaluate(() => (globalThis as { __cairnXss?: number }).__cairnXss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('comments on a whiteboard shape from the toolbar and shows its count on the shape', async () => {
    const canvas = await createCanvasBoard(e2e.server.url, e2e.server.token('admin'), 'Workshop');
    const eli = await makePerson(e2e.server, 'editor', 'Eli (engineering)');
    const board = await openBoardPage(e2e.browser, canvas.link(eli.token));
    await openWhiteboard(board.page);
    await drawSticky(board.page, 'Onboarding is slow', { x: 0.4, y: 0.4 });
    await sticky(board.page, 'Onboarding is slow').waitFor();
    const comment = board.page.getByRole('button', { name: 'Comment on the selected shape' });
    await expect.poll(() => comment.isEnabled()).toBe(true);
    await comment.click();
    const composer = panel(board.page).getByRole('combobox', {
      name: 'Comment on Onboarding is slow',
    });
    await composer.fill('Which step?');
    await panel(board.page).getByRole('button', { name: 'Comment', exact: true }).click();
    await panel(board.page).locator('[data-testid="comment"]').getByText('Which step?').waitFor();
    await board.page
      .locator('.shape-comment-badges')
      .getByRole('button', { name: '1 comment thread' })
      .waitFor();

    // "On Onboarding is slow" in the thread brings the sticky back: selected, in view.
    const box = await whiteboardCanvas(board.page).boundingBox();
    if (!box) throw new Error('The whiteboard is not on screen.');
    await board.page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.9);
    await expect.poll(() => comment.isEnabled()).toBe(false);
    await panel(board.page).getByRole('button', { name: 'Onboarding is slow' }).click();
    await expect.poll(() => comment.isEnabled()).toBe(true);
    await board.close();
  });
});
