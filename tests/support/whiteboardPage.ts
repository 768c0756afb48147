import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { api } from './api.js';

/** A canvas board made over REST, and the links that open it. */
export interface CanvasBoard {
  readonly id: string;
  /** The board's page, signed in with `token` (in the `#token=` fragment, as shared links are). */
  readonly link: (token: string) => string;
}

/**
 * Creates a canvas board titled `title` over the REST API of the server at `baseUrl`, as the
 * holder of `token`. Fails the test unless the server answers 201.
 */
export async function createCanvasBoard(
  baseUrl: string,
  token: string,
  title: string,
): Promise<CanvasBoard> {
  const created = await api<{ id: string }>(baseUrl, token, 'POST', '/api/boards', {
    kind: 'canvas',
    title,
  });
  expect(created.status).toBe(201);
  const id = created.body.id;
  return { id, link: (linkToken) => `${baseUrl}/b/${id}#token=${linkToken}` };
}

/** tldraw's canvas, once the board's whiteboard is bound to its document. */
export function whiteboardCanvas(page: Page): Locator {
  return page.locator('[data-testid="whiteboard"][data-state="connected"] .tl-canvas');
}

/** Resolves once a canvas board's page shows tldraw's canvas, bound to the board's document. */
export async function openWhiteboard(page: Page): Promise<void> {
  await whiteboardCanvas(page).waitFor();
}

/** Where on the canvas, as fractions of its box: (0, 0) is the top left, (0.5, 0.5) the middle. */
export interface CanvasPoint {
  readonly x: number;
  readonly y: number;
}

/** How `drawSticky` enters the text. */
export interface StickyTextOptions {
  /**
   * Enter the text as one input, as a paste would, so no key of it is interpreted (for hostile
   * text). By default it is typed key by key.
   */
  readonly pasted?: boolean;
}

/**
 * Draws a sticky centred at `at` with tldraw's own note tool (N, then a click) and gives it
 * `text`. Escape first, so N picks the tool rather than acting on a selected shape; Escape after,
 * which leaves the new sticky selected.
 */
export async function drawSticky(
  page: Page,
  text: string,
  at: CanvasPoint,
  { pasted = false }: StickyTextOptions = {},
): Promise<void> {
  const box = await whiteboardCanvas(page).boundingBox();
  if (!box) throw new Error('The whiteboard is not on screen.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.mouse.click(box.x + box.width * at.x, box.y + box.height * at.y);
  // Type once the note's text editor has the focus, or the first keys land elsewhere.
  await page.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]:focus').waitFor();
  if (pasted) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

/** tldraw's stickies whose text contains `text`. */
export function sticky(page: Page, text: string): Locator {
  return page.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: text });
}

/**
 * Records the message of every dialog (alert, confirm, prompt) `page` opens from now on, and
 * dismisses it so the page goes on. Assert the list is empty to prove no script ran.
 */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
