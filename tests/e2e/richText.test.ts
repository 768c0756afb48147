import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';

/** How quickly typing must show for the other person. */
const LIVE_MS = 2_000;

const e2e = useBrowserAndServer();

/**
 * A launch plan with one task whose description holds markup as literal text. Launch task
 * dialogs are where RichTextEditor is wired today (the roadmap item dialog follows).
 */
async function launchWithTask(): Promise<string> {
  const admin = e2e.server.token('admin');
  const created = await api<{ id: string }>(e2e.server.url, admin, 'POST', '/api/boards', {
    kind: 'launch',
    title: 'Launch 3.0',
    template: 'empty',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const task = await api(e2e.server.url, admin, 'POST', `/api/boards/${created.body.id}/items`, {
    title: 'Release notes',
    description: 'Draft <b>not bold</b>',
  });
  expect(task.status, JSON.stringify(task.body)).toBe(201);
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

/** Opens the task's dialog and returns its description editor. */
async function openDescription(board: BoardPage): Promise<Locator> {
  await board.page.locator('[data-testid="launch-task"]', { hasText: 'Release notes' }).click();
  const editor = board.page.getByRole('textbox', { name: 'Description', exact: true });
  await editor.waitFor();
  return editor;
}

/** Puts the caret at the end of the editor's text and types `text`. */
async function typeAtEnd(board: BoardPage, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await board.page.keyboard.press('ControlOrMeta+End');
  await board.page.keyboard.type(text);
}

/** The caret another person shows in `editor`, labelled with their name. */
function caretOf(editor: Locator, name: string): Locator {
  return editor.locator('.collaboration-carets__label', { hasText: name });
}

describe('live rich text in Chromium', () => {
  it('two people type in one description and see each other’s text and named carets', async () => {
    const id = await launchWithTask();
    const priya = await openAs(id, 'Priya Patel');
    const emeka = await openAs(id, 'Emeka Obi');
    const priyaEditor = await openDescription(priya);
    const emekaEditor = await openDescription(emeka);

    // The editable element is announced as a multi-line text box named after its label.
    expect(await priyaEditor.getAttribute('aria-multiline')).toBe('true');
    expect(await priyaEditor.getAttribute('contenteditable')).toBe('true');
    // Markup typed as text stays text: no <b> element, the brackets are shown.
    await expect.poll(() => priyaEditor.innerText()).toBe('Draft <b>not bold</b>');
    expect(await priyaEditor.locator('b').count()).toBe(0);

    await typeAtEnd(priya, priyaEditor, ' from Priya');
    await emekaEditor.getByText('Draft <b>not bold</b> from Priya').waitFor({ timeout: LIVE_MS });

    // Emeka adds to the line, then starts a new one, while Priya's caret stays in her editor.
    // (Typed text goes where the browser's caret is; Enter goes where ProseMirror last read it,
    // which typing first brings up to date.)
    await typeAtEnd(emeka, emekaEditor, ' and Emeka');
    await emeka.page.keyboard.press('Enter');
    await emeka.page.keyboard.type('Second line by Emeka');
    await priyaEditor.getByText('Second line by Emeka').waitFor({ timeout: LIVE_MS });
    await caretOf(priyaEditor, 'Emeka Obi').waitFor({ timeout: LIVE_MS });
    // Priya moves her caret: Emeka sees it, with her name, in his editor.
    await priya.page.keyboard.press('ControlOrMeta+Home');
    await caretOf(emekaEditor, 'Priya Patel').waitFor({ timeout: LIVE_MS });
    // Nobody sees a caret of their own.
    expect(await caretOf(priyaEditor, 'Priya Patel').count()).toBe(0);
    expect(await caretOf(emekaEditor, 'Emeka Obi').count()).toBe(0);

    // Both documents converge and the edits are on the server.
    await Promise.all([priya.saved(), emeka.saved()]);
    const expected = 'Draft <b>not bold</b> from Priya and Emeka\nSecond line by Emeka';
    const view = await api<{ items: { title: string; description: string }[] }>(
      e2e.server.url,
      e2e.server.token('viewer'),
      'GET',
      `/api/boards/${id}`,
    );
    expect(view.body.items.find((item) => item.title === 'Release notes')?.description).toBe(
      expected,
    );

    await priya.close();
    await emeka.close();
  });

  it('shows the description read-only, without carets of its own, to a viewer', async () => {
    const id = await launchWithTask();
    const viewer = await openBoardPage(
      e2e.browser,
      `${e2e.server.url}/b/${id}#token=${e2e.server.token('viewer', 'Vera Viewer')}`,
    );
    await viewer.page.locator('[data-testid="launch-task"]', { hasText: 'Release notes' }).click();
    const editor = viewer.page.getByRole('textbox', { name: 'Description', exact: true });
    await editor.getByText('Draft <b>not bold</b>').waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');
    await viewer.close();
  });
});
