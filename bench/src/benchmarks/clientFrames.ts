import { startTestServer, type TestServer } from '@cairn/server/testing';
import { seededRandom } from '@cairn/model/testing';
import type { Browser, Page } from 'playwright-core';
import type { Benchmark, BenchmarkRow } from '../lib/Benchmark.js';
import { benchSize, isResized } from '../lib/benchSize.js';
import { createBoards } from '../lib/createBoards.js';
import { FRAME_PROBE_KEY, installFrameProbe, type FrameProbe } from '../lib/frameProbe.js';
import {
  FRAME_MS,
  frameStatistics,
  LONG_FRAME_MS,
  type FrameStatistics,
} from '../lib/frameStatistics.js';
import { launchChromium } from '../lib/launchChromium.js';
import {
  connectCanvasDragger,
  connectRoadmapDragger,
  type RemoteDragger,
} from '../lib/remoteDragger.js';
import { seedCanvasBoard } from '../lib/seedCanvasBoard.js';
import { seedRoadmapBoard } from '../lib/seedRoadmapBoard.js';
import { percentile, worst } from '../lib/statistics.js';

const ITEMS = benchSize('FRAMES_ITEMS', 2_000);
const SHAPES = benchSize('FRAMES_SHAPES', 5_000);
const SMALL = 100;
const MOVES_PER_SECOND = 20;
const DRAG_SECONDS = benchSize('FRAMES_DRAG_SECONDS', 10);
const MOVES = DRAG_SECONDS * MOVES_PER_SECOND;
const EDITS = benchSize('FRAMES_EDITS', 30);
/** Frames the page draws after loading (and after the remote person joined) before recording. */
const SETTLE_FRAMES = 30;
/** How long frames are recorded on the loaded page before the drag, as a baseline. */
const IDLE_MS = 2_000;
const LOAD_TIMEOUT_MS = 60_000;
const EDIT_TIMEOUT_MS = 15_000;
/** How long a page that fell behind may take to receive the last move after it was sent. */
const CATCH_UP_TIMEOUT_MS = 60_000;
/** The p95 frame interval must stay within a 60 Hz frame plus 5 % (17.5 ms). */
const FRAME_TARGET_MS = FRAME_MS * 1.05;
/** The dragged item (roadmap) and the dragged and the nudged shapes (canvas, `grid-<n>`). */
const DRAGGED_ITEM = 'Roadmap item 1: improve the onboarding flow';
const DRAGGED_SHAPE = 1;
const NUDGED_SHAPE = 3;
const VIEWPORT = { width: 1280, height: 800 };
/** The pages in run order. */
const PAGE_NAMES = [
  `roadmap of ${ITEMS}`,
  `roadmap of ${SMALL}`,
  `canvas of ${SHAPES}`,
  `canvas of ${SMALL}`,
] as const;

/** A seeded board ready to open, with how a remote person drags on it and how the page edits. */
interface Board {
  readonly url: string;
  /** The keys whose keydown starts a timed local edit. */
  readonly editKeys: readonly string[];
  /** Resolves once the page shows the whole board. */
  loaded(page: Page): Promise<void>;
  connectDragger(): Promise<RemoteDragger>;
  /** Readies the page for local edits; returns the function that makes edit `index`. */
  prepareEdits(page: Page): Promise<(index: number) => Promise<void>>;
  /**
   * Starts counting the remote person's moves the page shows (the dragged card entering a cell,
   * the dragged shape at a new place), so frames kept at 60 fps cannot hide moves not drawn.
   */
  watchShownMoves(page: Page): Promise<void>;
}

/** Where the page keeps its count of shown moves. */
const SHOWN_MOVES_KEY = '__cairnShownMoves';

/** What one board measured: frames while dragged (one page), local edits (a second page). */
interface PageRun extends DragRun {
  readonly editToUpdate: readonly number[];
}

function pageUrl(server: TestServer, boardId: string): string {
  return `${server.url}/b/${boardId}#token=${server.token('editor', 'Bench visitor')}`;
}

/** Resolves after the page has drawn `count` animation frames. */
function frames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (wanted) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const onFrame = () => (++seen >= wanted ? resolve() : requestAnimationFrame(onFrame));
        requestAnimationFrame(onFrame);
      }),
    count,
  );
}

/** The probe in the page; for functions evaluated in the page, which it cannot call, so inlined. */
type ProbeWindow = Record<string, FrameProbe>;

async function prepareRoadmap(server: TestServer, items: number): Promise<Board> {
  const [id = ''] = await createBoards(server.url, server.token('admin'), 'roadmap', 1);
  await seedRoadmapBoard(server.wsUrl, id, server.token('editor', 'Seeder'), items);
  return {
    url: pageUrl(server, id),
    editKeys: ['Enter'],
    loaded: async (page) => {
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="item-card"]').length >= count,
        items,
        { timeout: LOAD_TIMEOUT_MS },
      );
    },
    connectDragger: () =>
      connectRoadmapDragger(
        server.wsUrl,
        id,
        server.token('editor', 'Remote dragger'),
        DRAGGED_ITEM,
      ),
    watchShownMoves: (page) =>
      page.evaluate(
        ([key, title]) => {
          const card = Array.from(document.querySelectorAll('[data-testid="item-card"]')).find(
            (element) => element.querySelector('.item-card__title')?.textContent === title,
          );
          const id = card?.getAttribute('data-item-id');
          if (!id) throw new Error(`No card titled ${title}.`);
          const counter = { shown: 0 };
          (window as unknown as Record<string, typeof counter>)[key as string] = counter;
          const selector = `[data-item-id="${CSS.escape(id)}"]`;
          const cellOf = () =>
            document
              .querySelector(selector)
              ?.closest('[data-testid="cell"]')
              ?.getAttribute('data-horizon-id');
          let last = cellOf();
          new MutationObserver(() => {
            const cell = cellOf();
            if (cell === last) return;
            last = cell;
            counter.shown++;
          }).observe(document.body, { childList: true, subtree: true });
        },
        [SHOWN_MOVES_KEY, DRAGGED_ITEM],
      ),
    prepareEdits: async (page) => {
      const input = page.locator('.add-item__input').first();
      return async (index) => {
        await input.fill(`Quick item ${index + 1}`);
        await input.press('Enter');
      };
    },
  };
}

async function prepareCanvas(server: TestServer, shapes: number): Promise<Board> {
  const [id = ''] = await createBoards(server.url, server.token('admin'), 'canvas', 1);
  await seedCanvasBoard(
    server.wsUrl,
    id,
    server.token('editor', 'Seeder'),
    shapes,
    seededRandom(shapes),
  );
  return {
    url: pageUrl(server, id),
    editKeys: ['ArrowRight'],
    loaded: async (page) => {
      await page.waitForSelector('[data-testid="whiteboard"][data-state="connected"]', {
        timeout: LOAD_TIMEOUT_MS,
      });
    },
    connectDragger: () =>
      connectCanvasDragger(
        server.wsUrl,
        id,
        server.token('editor', 'Remote dragger'),
        DRAGGED_SHAPE,
      ),
    watchShownMoves: (page) =>
      page.evaluate(
        ([key, shapeId]) => {
          const shape = document.querySelector(`.tl-shape[data-shape-id="${shapeId}"]`);
          if (!(shape instanceof HTMLElement)) throw new Error(`No shape ${shapeId} in view.`);
          const counter = { shown: 0 };
          (window as unknown as Record<string, typeof counter>)[key as string] = counter;
          let last = shape.style.transform;
          new MutationObserver(() => {
            if (shape.style.transform === last) return;
            last = shape.style.transform;
            counter.shown++;
          }).observe(shape, { attributes: true, attributeFilter: ['style'] });
        },
        [SHOWN_MOVES_KEY, `shape:grid-${DRAGGED_SHAPE}`],
      ),
    prepareEdits: async (page) => {
      const shape = page.locator(`.tl-shape[data-shape-id="shape:grid-${NUDGED_SHAPE}"]`);
      const box = await shape.boundingBox();
      if (
        box === null ||
        box.x + box.width > VIEWPORT.width ||
        box.y + box.height > VIEWPORT.height
      ) {
        throw new Error(`Shape grid-${NUDGED_SHAPE} is not in view: ${JSON.stringify(box)}.`);
      }
      // A click selects the shape; each arrow key then nudges it by a pixel.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return () => page.keyboard.press('ArrowRight');
    },
  };
}

/** What the page shows after an edit that sent nothing: the focus, alerts and the probe. */
function describeEdit(page: Page): Promise<string> {
  return page.evaluate((key) => {
    const probe = (window as unknown as ProbeWindow)[key]!;
    const focused = document.activeElement;
    const alerts = Array.from(document.querySelectorAll('[role="alert"]'), (alert) =>
      alert.textContent?.trim(),
    );
    return JSON.stringify({
      focused: focused?.getAttribute('aria-label') ?? focused?.className ?? null,
      value: focused instanceof HTMLInputElement ? focused.value : null,
      alerts,
      sync: document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-status'),
      cards: document.querySelectorAll('[data-testid="item-card"]').length,
      updatesSent: probe.updatesSent,
      pendingKey: probe.pendingKeyAt !== undefined,
    });
  }, FRAME_PROBE_KEY);
}

/** A board opened in a fresh context, with what its page reported. */
interface OpenPage {
  readonly page: Page;
  /** Uncaught exceptions: loading and editing fail with them; during the drag they are noted. */
  readonly pageErrors: string[];
  /** `console.error` lines, e.g. errors the sync layer caught and logged. */
  readonly consoleErrors: string[];
  readonly close: () => Promise<void>;
}

/** Opens `board` in a fresh context (cold cache, a new visitor) and waits until it has loaded. */
async function openBoard(browser: Browser, board: Board): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(installFrameProbe, {
      key: FRAME_PROBE_KEY,
      editKeys: board.editKeys,
    });
    await page.goto(board.url);
    await board.loaded(page).catch((error: unknown) => {
      if (pageErrors.length > 0) throw new Error(`The page failed: ${pageErrors.join('; ')}`);
      throw error;
    });
    return { page, pageErrors, consoleErrors, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Records the page's frame times for {@link IDLE_MS} (a timer in the page) and returns them. */
function recordIdleFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    ([key, ms]) => {
      const probe = (window as unknown as ProbeWindow)[key as string]!;
      probe.startFrames();
      return new Promise<number[]>((resolve) =>
        setTimeout(() => {
          probe.stopFrames();
          resolve(probe.frames);
        }, ms as number),
      );
    },
    [FRAME_PROBE_KEY, IDLE_MS],
  );
}

/** What the frames of a page said while a remote person dragged. */
interface DragRun {
  readonly frames: FrameStatistics;
  /** The same page's frames for {@link IDLE_MS} before the drag, the remote person joined. */
  readonly idleFrames: FrameStatistics;
  readonly messagesWhileDragged: number;
  /** The remote moves the page showed (see `watchShownMoves`), until it had received them all. */
  readonly movesShown: number;
  /** Whether every move reached the page within {@link CATCH_UP_TIMEOUT_MS} of the last. */
  readonly caughtUp: boolean;
  /** How long frames were recorded: the drag, and the page catching up. */
  readonly recordedMs: number;
  /** What the page logged with `console.error` meanwhile. */
  readonly consoleErrors: readonly string[];
}

/** Opens `board`, lets a remote person join and drag, and records the page's frames meanwhile. */
async function measureDrag(browser: Browser, board: Board): Promise<DragRun> {
  const { page, pageErrors, consoleErrors, close } = await openBoard(browser, board);
  try {
    // Joined after the page loaded, so the page has migrated the board (canvas) by then.
    const dragger = await board.connectDragger();
    try {
      await frames(page, SETTLE_FRAMES);
      const idle = await recordIdleFrames(page);
      await board.watchShownMoves(page);
      await page.evaluate(
        (key) => (window as unknown as ProbeWindow)[key]!.startFrames(),
        FRAME_PROBE_KEY,
      );
      await dragger.drag(MOVES, MOVES_PER_SECOND);
      // A page that falls behind works through the moves after the last one was sent: its
      // frames then count too. The remote person sends nothing else meanwhile.
      const caughtUp = await page
        .waitForFunction(
          ([key, moves]) =>
            (window as unknown as ProbeWindow)[key as string]!.messagesWhileRecording >=
            (moves as number),
          [FRAME_PROBE_KEY, MOVES],
          { timeout: CATCH_UP_TIMEOUT_MS },
        )
        .then(() => true)
        .catch(() => false);
      await frames(page, 1);
      const recorded = await page.evaluate((key) => {
        const probe = (window as unknown as ProbeWindow)[key]!;
        probe.stopFrames();
        return { frames: probe.frames, messages: probe.messagesWhileRecording };
      }, FRAME_PROBE_KEY);
      const movesShown = await page.evaluate(
        (key) => (window as unknown as Record<string, { shown: number }>)[key]?.shown ?? 0,
        SHOWN_MOVES_KEY,
      );
      // Reported with the figures (the notes), not thrown: an error while catching up is a finding.
      return {
        frames: frameStatistics(recorded.frames),
        idleFrames: frameStatistics(idle),
        messagesWhileDragged: recorded.messages,
        movesShown,
        caughtUp,
        recordedMs: (recorded.frames.at(-1) ?? 0) - (recorded.frames[0] ?? 0),
        consoleErrors: [...pageErrors.map((error) => `uncaught ${error}`), ...consoleErrors],
      };
    } finally {
      dragger.close();
    }
  } finally {
    await close();
  }
}

/**
 * Opens `board` afresh (no remote person) and times `EDITS` local edits, each from its keydown to
 * the Yjs update leaving the page.
 */
async function measureEdits(browser: Browser, board: Board): Promise<readonly number[]> {
  const { page, pageErrors, close } = await openBoard(browser, board);
  try {
    await frames(page, SETTLE_FRAMES);
    const edit = await board.prepareEdits(page);
    for (let index = 0; index < EDITS; index++) {
      await edit(index);
      await page
        .waitForFunction(
          ([key, count]) =>
            (window as unknown as ProbeWindow)[key as string]!.keyToUpdate.length >=
            (count as number),
          [FRAME_PROBE_KEY, index + 1],
          { timeout: EDIT_TIMEOUT_MS },
        )
        .catch(async (error: unknown) => {
          throw new Error(`Edit ${index + 1} sent no Yjs update: ${await describeEdit(page)}`, {
            cause: error,
          });
        });
      await frames(page, 2);
    }
    if (pageErrors.length > 0) throw new Error(`The page failed: ${pageErrors.join('; ')}`);
    return await page.evaluate(
      (key) => (window as unknown as ProbeWindow)[key]!.keyToUpdate,
      FRAME_PROBE_KEY,
    );
  } finally {
    await close();
  }
}

/** The rows of one workload: frames while dragged, then local edits. */
function rows(label: string, large: PageRun, small: PageRun): BenchmarkRow[] {
  const frameRow = (
    measure: string,
    pick: (frames: FrameStatistics) => number,
    unit: string,
    below: number | null,
    when: 'idle' | 'dragged' = 'dragged',
  ): BenchmarkRow => ({
    measure: `${label}: ${measure}`,
    unit,
    cairn: pick(when === 'idle' ? large.idleFrames : large.frames),
    peer: pick(when === 'idle' ? small.idleFrames : small.frames),
    below,
  });
  const editRow = (
    measure: string,
    summary: (values: readonly number[]) => number,
    below: number | null,
  ): BenchmarkRow => ({
    measure: `${label}: local edit → Yjs update sent, ${measure}`,
    unit: 'ms',
    cairn: summary(large.editToUpdate),
    peer: summary(small.editToUpdate),
    below,
  });
  return [
    frameRow('frames per second, idle', (frames) => frames.framesPerSecond, 'fps', null, 'idle'),
    frameRow('frames per second while dragged', (frames) => frames.framesPerSecond, 'fps', null),
    frameRow('frame interval, p50', (frames) => frames.p50, 'ms', null),
    frameRow('frame interval, p95', (frames) => frames.p95, 'ms', FRAME_TARGET_MS),
    frameRow('frame interval, p99', (frames) => frames.p99, 'ms', null),
    frameRow('frame interval, worst', (frames) => frames.worst, 'ms', null),
    frameRow('dropped frames (interval > 25 ms)', (frames) => frames.droppedShare, '%', null),
    frameRow(`long frames (≥ ${LONG_FRAME_MS} ms)`, (frames) => frames.longShare, '%', null),
    {
      measure: `${label}: remote moves shown while dragged`,
      unit: '%',
      cairn: (100 * large.movesShown) / MOVES,
      peer: (100 * small.movesShown) / MOVES,
      below: null,
    },
    editRow('p50', (values) => percentile(values, 50), null),
    editRow('p95', (values) => percentile(values, 95), FRAME_MS),
    editRow('worst', worst, null),
  ];
}

/** Issue 7: a large roadmap and canvas keep 60 fps while a remote person drags; edits in a frame. */
export const clientFrames: Benchmark = {
  id: 'client-frames',
  title: 'Client frames while a remote person drags, and local edit to Yjs update',
  method:
    `A Cairn server (serving the built web app) gets, over REST, a roadmap of ` +
    `${ITEMS.toLocaleString('en-US')} items (\`addItem\`, dealt round-robin over its lane × ` +
    `horizon cells) and a canvas of ${SHAPES.toLocaleString('en-US')} shapes (the grid of ` +
    `sticky notes and rectangles of the open-canvas benchmark), plus a ${SMALL}-item roadmap ` +
    `and a ${SMALL}-shape canvas as the peer: the same page with a small board, what the size ` +
    `costs. Headless Chromium (${VIEWPORT.width}×${VIEWPORT.height}, \`--disable-gpu\`) opens ` +
    `each board in a fresh context as an editor and waits until it has loaded (roadmap: every ` +
    `item card in the Board view; canvas: the whiteboard's \`data-state="connected"\`, after ` +
    `the viewport-first load). **Drag**: a remote person, a Hocuspocus provider in Node on the ` +
    `same server, joins; after ${SETTLE_FRAMES} frames the page's frames are recorded for ` +
    `${IDLE_MS / 1000} s (**idle**, the baseline), then while the remote person drags at ` +
    `${MOVES_PER_SECOND} moves per second for ${DRAG_SECONDS} s (${MOVES} moves, each its own ` +
    `transaction) and until the page has received the last move: on the roadmap \`moveItem\` ` +
    `moves the first item of the first cell between the tops of the first and second horizon ` +
    `of its lane; on the canvas a shape in view is moved round a circle of 60 px by rewriting ` +
    `its record with a new x and y in the document's record map, as a dragging browser's ` +
    `binding writes it (a Node tldraw store cannot be bound: its schema is older than the web ` +
    `app's). **Frames** are measured in the page by a \`requestAnimationFrame\` loop recording ` +
    `each frame's time (rAF deltas, not a Chromium trace): frames per second is intervals ÷ ` +
    `recorded seconds; then the interval percentiles and worst, the share of intervals over ` +
    `25 ms (a frame and a half: at least one frame dropped; rAF times come in whole 60 Hz ` +
    `frames) and of long frames (≥ ${LONG_FRAME_MS} ms). The table has only upper bounds, so ` +
    `"60 fps" is the target p95 interval under ${FRAME_TARGET_MS.toFixed(1)} ms (a frame plus ` +
    `5 %). **Moves shown**: a \`MutationObserver\` in the page counts the remote moves it drew ` +
    `(the dragged card in another cell; the dragged shape's transform changed), as a share of ` +
    `the moves sent: a page that kept its frames by not drawing the moves would show few; two ` +
    `moves arriving within one frame show as one. **Local edit → Yjs update sent**: the board is opened again in a fresh page (no ` +
    `remote person) and ${EDITS} edits are made through the UI (roadmap: type a title into the ` +
    `first cell's "Add item to …" field, press Enter; canvas: click a shape in view to select ` +
    `it, press ArrowRight to nudge it), each timed from \`performance.now()\` in a capturing ` +
    `\`keydown\` listener on \`window\` (installed before the app's) to the page's next send ` +
    `of a Yjs update (Hocuspocus Sync / Update) on its \`/collab\` socket, seen through a ` +
    `wrapped \`WebSocket.prototype.send\`. The app does not expose its Y.Doc; its provider ` +
    `sends an update in the task of the transaction that made it, so the send bounds the ` +
    `transaction's time from above. Target: p95 within one 60 Hz frame (16.7 ms). The remote ` +
    `person sends no presence (cursor) while dragging.`,
  run: async ({ webDir, log }) => {
    const server = await startTestServer({ variables: { CAIRN_WEB_DIR: webDir } });
    let browser: Browser | undefined;
    try {
      log(
        `seeding roadmaps of ${ITEMS} and ${SMALL} items, canvases of ${SHAPES} and ${SMALL} shapes`,
      );
      const roadmap = await prepareRoadmap(server, ITEMS);
      const smallRoadmap = await prepareRoadmap(server, SMALL);
      const canvas = await prepareCanvas(server, SHAPES);
      const smallCanvas = await prepareCanvas(server, SMALL);
      browser = await launchChromium();
      const runs: PageRun[] = [];
      const boards = [roadmap, smallRoadmap, canvas, smallCanvas];
      for (const [index, board] of boards.entries()) {
        const name = PAGE_NAMES[index] ?? '';
        log(`${name}: ${DRAG_SECONDS} s of remote drag, then ${EDITS} local edits`);
        const drag = await measureDrag(browser, board);
        runs.push({ ...drag, editToUpdate: await measureEdits(browser, board) });
      }
      const [large, small, largeCanvas, smallCanvasRun] = runs as [
        PageRun,
        PageRun,
        PageRun,
        PageRun,
      ];
      const received = runs.map((run) => run.messagesWhileDragged).join(', ');
      return {
        peer: `the same page, ${SMALL}-item roadmap / ${SMALL}-shape canvas`,
        rows: [
          ...rows(`Roadmap ${ITEMS.toLocaleString('en-US')}`, large, small),
          ...rows(`Canvas ${SHAPES.toLocaleString('en-US')}`, largeCanvas, smallCanvasRun),
        ],
        notes: [
          ...(isResized('FRAMES_')
            ? ['Not full size: a BENCH_FRAMES_* variable changed the workload.']
            : []),
          `Messages the pages received on their sockets while dragged (roadmap large, small, ` +
            `canvas large, small): ${received}, for ${MOVES} moves each.`,
          `Frames recorded for (roadmap large, small, canvas large, small): ` +
            `${runs.map((run) => `${(run.recordedMs / 1000).toFixed(1)} s`).join(', ')}, from ` +
            `the first move until the page had received the last${
              runs.every((run) => run.caughtUp)
                ? ''
                : ` (NOT all moves arrived within ${CATCH_UP_TIMEOUT_MS / 1000} s after the last)`
            }.`,
          ...runs.flatMap((run, index) =>
            run.consoleErrors.length === 0
              ? []
              : [
                  `The ${PAGE_NAMES[index] ?? ''} page logged ${run.consoleErrors.length} ` +
                    `console errors while dragged, first: ` +
                    `"${(run.consoleErrors[0] ?? '').split('\n')[0]?.slice(0, 200) ?? ''}".`,
                ],
          ),
          'Headless Chromium draws without a GPU (`--disable-gpu`) on a machine shared with ' +
            'other work: frame figures are an upper bound on what a desktop browser shows.',
        ],
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
};
