import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openBoardPage, type BoardPage } from '../support/boardPage.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import {
  createCanvasBoard,
  openWhiteboard,
  recordDialogs,
  whiteboardCanvas,
} from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** The middle of a person's canvas, in page pixels. */
async function canvasCenter(page: Page): Promise<{ x: number; y: number }> {
  const box = await whiteboardCanvas(page).boundingBox();
  if (!box) throw new Error('The whiteboard is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Camera as tldraw draws it: the scale and translation of the shapes layer. */
interface DrawnCamera {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The little of the browser's DOM the page functions below use, typed here because the tests
 * compile without the DOM library.
 */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): {
      readonly style: { readonly transform: string };
      getBoundingClientRect(): { readonly x: number; readonly y: number };
    } | null;
  };
}

/** How far apart two cameras may be and still show the same view. */
const SAME_VIEW = { scale: 0.01, x: 1, y: 1 };

/**
 * Runs in the page: the camera tldraw draws (the transform of its shapes layer) when each field
 * of `goal` is within `tolerance` of it, else null. For `evaluate` and `waitForFunction` alike.
 */
function drawnCameraNear({
  goal,
  tolerance,
}: {
  goal: Partial<DrawnCamera>;
  tolerance: DrawnCamera;
}): DrawnCamera | null {
  const { document } = globalThis as unknown as PageGlobals;
  const layer = document.querySelector('.tl-html-layer.tl-shapes');
  const match = /scale\(([-\d.e]+)\) translate\(([-\d.e]+)px, ?([-\d.e]+)px\)/.exec(
    layer?.style.transform ?? '',
  );
  if (!match) return null;
  const camera = { scale: Number(match[1]), x: Number(match[2]), y: Number(match[3]) };
  const keys = ['scale', 'x', 'y'] as const;
  const near = keys.every((key) => {
    const wanted = goal[key];
    return wanted === undefined || Math.abs(camera[key] - wanted) <= tolerance[key];
  });
  return near ? camera : null;
}

async function drawnCamera(page: Page): Promise<DrawnCamera> {
  const camera = await page.evaluate(drawnCameraNear, { goal: {}, tolerance: SAME_VIEW });
  if (!camera) throw new Error('The whiteboard draws no camera.');
  return camera;
}

/** Resolves once `page` is drawn at zoom `scale`, after tldraw's zoom animation. */
async function zoomSettled(page: Page, scale: number): Promise<void> {
  await page.waitForFunction(drawnCameraNear, {
    goal: { scale },
    tolerance: { scale: 1e-9, x: 0, y: 0 },
  });
}

/** Resolves once the follower's view is the leader's (both windows have the same size). */
async function sameViewAs(follower: Page, leader: Page): Promise<void> {
  const goal = await drawnCamera(leader);
  await follower.waitForFunction(drawnCameraNear, { goal, tolerance: SAME_VIEW });
}

/** Resolves once another person's cursor label has moved away from `from` on this page. */
async function cursorMovedFrom(page: Page, from: { x: number; y: number }): Promise<void> {
  await page.waitForFunction((start) => {
    const { document } = globalThis as unknown as PageGlobals;
    const label = document.querySelector('.tl-collaborator__cursor .tl-nametag');
    const box = label?.getBoundingClientRect();
    return box !== undefined && Math.hypot(box.x - start.x, box.y - start.y) > 5;
  }, from);
}

/** The people panel in tldraw's top-right corner. */
function peoplePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'People on the whiteboard' });
}

/** Another person's cursor label on this person's canvas. */
function cursorLabel(page: Page): Locator {
  return page.locator('.tl-collaborator__cursor .tl-nametag');
}

/** A canvas board made by an admin (its first facilitator), and links for people to open it. */
async function presenceBoard(creatorName = 'Creator') {
  const creatorToken = e2e.server.token('admin', creatorName);
  const board = await createCanvasBoard(e2e.server.url, creatorToken, 'Presence test');
  return {
    creatorLink: board.link(creatorToken),
    editorLink: (name: string) => board.link(e2e.server.token('editor', name)),
  };
}

/** Opens the board as a person and waits for their whiteboard. */
async function openAs(url: string): Promise<BoardPage> {
  const person = await openBoardPage(e2e.browser, url);
  await person.saved();
  await openWhiteboard(person.page);
  return person;
}

describe('presence on the whiteboard in Chromium', () => {
  it("shows another person's cursor with their name, and lists them in the people panel", async () => {
    const board = await presenceBoard();
    const ada = await openAs(board.editorLink('Ada'));
    const bo = await openAs(board.editorLink('Bo'));

    const center = await canvasCenter(bo.page);
    await bo.page.mouse.move(center.x - 40, center.y - 40);
    await bo.page.mouse.move(center.x, center.y, { steps: 5 });

    await expect.poll(() => cursorLabel(ada.page).allTextContents()).toEqual(['Bo']);
    await peoplePanel(ada.page).getByText('Bo', { exact: true }).waitFor();
    await peoplePanel(bo.page).getByText('Ada', { exact: true }).waitFor();

    // Leaving the whiteboard takes the cursor away for everyone else.
    await bo.close();
    await cursorLabel(ada.page).waitFor({ state: 'detached' });
    await ada.close();
  });

  it('follows a person chosen in the people panel as they pan and zoom, until told to stop', async () => {
    const board = await presenceBoard();
    const ada = await openAs(board.editorLink('Ada'));
    const bo = await openAs(board.editorLink('Bo'));

    // Keyboard only: the panel's buttons are reachable and work with Enter.
    const follow = peoplePanel(ada.page).getByRole('button', { name: 'Follow Bo' });
    await follow.focus();
    await ada.page.keyboard.press('Enter');
    await peoplePanel(ada.page).getByRole('status').filter({ hasText: 'Following Bo' }).waitFor();
    await peoplePanel(ada.page).getByRole('button', { name: 'Stop following Bo' }).waitFor();
    await peoplePanel(bo.page).getByText('follows you').waitFor();

    // Bo pans with the wheel and zooms in with tldraw's "=" shortcut; Ada's view goes along.
    const center = await canvasCenter(bo.page);
    await bo.page.mouse.click(center.x, center.y);
    await bo.page.mouse.wheel(120, 300);
    await bo.page.keyboard.press('=');
    await zoomSettled(bo.page, 2);
    expect((await drawnCamera(bo.page)).y).not.toBe(0);
    await sameViewAs(ada.page, bo.page);

    // Stop: Ada's view stays put while Bo zooms on. Bo's cursor moving on Ada's screen shows
    // that Ada has Bo's newer presence, camera included.
    await peoplePanel(ada.page).getByRole('button', { name: 'Stop following Bo' }).click();
    await peoplePanel(ada.page).getByRole('button', { name: 'Follow Bo' }).waitFor();
    expect(await peoplePanel(ada.page).getByRole('status').textContent()).toBe('');
    const stopped = await drawnCamera(ada.page);
    const cursorBefore = await cursorLabel(ada.page).boundingBox();
    if (!cursorBefore) throw new Error("Bo's cursor is not on Ada's screen.");
    await bo.page.keyboard.press('=');
    await zoomSettled(bo.page, 4);
    await bo.page.mouse.move(center.x + 100, center.y + 80, { steps: 3 });
    await cursorMovedFrom(ada.page, cursorBefore);
    expect(await drawnCamera(ada.page)).toEqual(stopped);

    await ada.close();
    await bo.close();
  });

  it('shows a hostile name as literal text in the people panel and on the cursor, running nothing', async () => {
    const hostile = naughtyStrings().find((text) => text === '<img src=x onerror=alert(123) />');
    if (!hostile) throw new Error('The naughty strings lost their <img onerror> payload.');
    const board = await presenceBoard();
    const ada = await openAs(board.editorLink('Ada'));
    const dialogs = recordDialogs(ada.page);
    const mallory = await openAs(board.editorLink(hostile));
    const malloryDialogs = recordDialogs(mallory.page);

    const center = await canvasCenter(mallory.page);
    await mallory.page.mouse.move(center.x - 30, center.y);
    await mallory.page.mouse.move(center.x, center.y, { steps: 5 });

    await expect.poll(() => cursorLabel(ada.page).allTextContents()).toEqual([hostile]);
    await peoplePanel(ada.page).getByText(hostile, { exact: true }).waitFor();
    await peoplePanel(ada.page)
      .getByRole('button', { name: `Follow ${hostile}` })
      .waitFor();
    expect(await ada.page.locator('.tl-container img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(malloryDialogs).toEqual([]);

    await mallory.close();
    await ada.close();
  });

  it("brings everyone to the facilitator's view when the board's creator asks", async () => {
    const board = await presenceBoard('Ada');
    const ada = await openAs(board.creatorLink);
    const bo = await openAs(board.editorLink('Bo'));
    await peoplePanel(ada.page).getByText('Bo', { exact: true }).waitFor();
    await peoplePanel(bo.page).getByText('Ada', { exact: true }).waitFor();
    // Only facilitators are offered the button.
    expect(await bo.page.getByRole('button', { name: 'Bring everyone here' }).count()).toBe(0);

    await ada.page.getByRole('button', { name: 'Bring everyone here' }).click();

    await peoplePanel(bo.page).getByRole('status').filter({ hasText: 'Following Ada' }).waitFor();
    await peoplePanel(ada.page).getByText('follows you').waitFor();
    const center = await canvasCenter(ada.page);
    await ada.page.mouse.click(center.x, center.y);
    await ada.page.keyboard.press('=');
    await zoomSettled(ada.page, 2);
    await sameViewAs(bo.page, ada.page);
    // The facilitator's own summon comes back to them, and they follow nobody.
    expect(await peoplePanel(ada.page).getByRole('status').textContent()).toBe('');

    // The notice's Stop button ends it.
    await peoplePanel(bo.page).getByRole('button', { name: 'Stop', exact: true }).click();
    await peoplePanel(bo.page).getByRole('button', { name: 'Follow Ada' }).waitFor();

    await ada.close();
    await bo.close();
  });
});
