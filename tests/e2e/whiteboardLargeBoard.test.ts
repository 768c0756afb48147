import { bindStoreToDoc, createKeyValueRecordMap } from '@cairn/canvas';
import { createGridShapes, createHeadlessStore, createPageRecords } from '@cairn/canvas/testing';
import { seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import { connectProvider } from '../support/connectProvider.js';
import { useBrowserAndServer } from '../support/useBrowserAndServer.js';
import { createCanvasBoard, openWhiteboard, sticky } from '../support/whiteboardPage.js';

const e2e = useBrowserAndServer();

/** 20 columns 240 px apart: 300 shapes span 4,800 × 3,600 px, far beyond one view. */
const SHAPES = 300;
const COLUMNS = 20;
const SEED = 300;
/** How long the page may take to show a shape: an event awaited, not a timed target. */
const LOAD_MS = 15_000;

/**
 * Runs in the page before its own scripts (the tests' TypeScript has no DOM types, hence a
 * string): records the whiteboard's `data-state` values, in order.
 */
const RECORD_WHITEBOARD_STATES = `
  const states = [];
  Object.defineProperty(window, '__whiteboardStates', { value: states });
  new MutationObserver(() => {
    const state = document.querySelector('[data-testid="whiteboard"]')?.getAttribute('data-state');
    if (state && states[states.length - 1] !== state) states.push(state);
  }).observe(document, { subtree: true, attributes: true, childList: true });
`;

describe('a whiteboard larger than the view in Chromium', () => {
  it('opens with the shapes in view first, then holds every shape of the board', async () => {
    const board = await createCanvasBoard(e2e.server.url, e2e.server.token('admin'), 'Big wall');
    // Someone filled the wall earlier: the shapes are in the document, acknowledged by the server.
    const seeder = connectProvider(e2e.server.wsUrl, board.id, e2e.server.token('editor', 'Sam'));
    const store = createHeadlessStore();
    try {
      await seeder.synced();
      store.put(Object.values(createPageRecords()));
      const binding = bindStoreToDoc(store, seeder.doc);
      const shapes = createGridShapes(store, SHAPES, seededRandom(SEED), COLUMNS);
      const records = createKeyValueRecordMap(seeder.doc);
      seeder.doc.transact(() => {
        for (const shape of shapes) records.set(shape.id, shape);
      });
      await seeder.acknowledged();
      binding.destroy();
    } finally {
      store.dispose();
      seeder.destroy();
    }

    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript({ content: RECORD_WHITEBOARD_STATES });
      await page.goto(board.link(e2e.server.token('viewer', 'Vic')));
      // The first view: the note at the origin is there while the far corner may still load
      // (the order is checked below, from the states the page went through). Loading the page
      // and the board took up to 2.3 s in this headless Chromium: no default 1 s poll.
      await expect.poll(() => sticky(page, 'Idea 0').count(), { timeout: LOAD_MS }).toBe(1);
      await openWhiteboard(page);

      expect(await page.locator('.tl-shape:not(.tl-shape-background)').count()).toBe(SHAPES);
      const farCorner = `Idea ${SHAPES - 2}`;
      await expect.poll(() => sticky(page, farCorner).count(), { timeout: LOAD_MS }).toBe(1);
      const states = await page.evaluate<string[]>('window.__whiteboardStates');
      // The wall loaded in batches (a loading state first), and finished.
      expect(states.filter((state) => state !== 'binding')).toEqual(['loading', 'connected']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
