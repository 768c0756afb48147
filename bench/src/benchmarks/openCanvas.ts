import { compareSchemaVersions, readDocumentSchema } from '@cairn/canvas';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import type { Browser } from 'playwright-core';
import type { Benchmark, BenchmarkRow } from '../lib/Benchmark.js';
import { connectCairnClient } from '../lib/connectCairnClient.js';
import { formatValue } from '../lib/formatTable.js';
import { createCanvasBoard } from '../lib/createCanvasBoard.js';
import { createHeadlessStore } from '@cairn/canvas/testing';
import { launchChromium } from '../lib/launchChromium.js';
import { installRenderProbe, PROBE_KEY, type RenderProbe } from '../lib/renderProbe.js';
import { seedCanvasBoard } from '../lib/seedCanvasBoard.js';
import { seededRandom } from '@cairn/model/testing';
import { median, worst } from '../lib/statistics.js';

const LARGE = 5_000;
const SMALL = 100;
/** Timed opens per board, after one untimed warm-up open each. */
const OPENS = 5;
const RENDER_TIMEOUT_MS = 30_000;
const TARGET_MS = 2_000;

/** One timed open of a board page. */
interface Open {
  /** Socket created → first frame with shapes. */
  readonly socketToRender: number;
  readonly navigationToRender: number;
  /** Socket created → the page handled the message carrying the document. */
  readonly socketToDocument: number;
  /** That message → first frame with shapes: decoding, binding, tldraw's first render. */
  readonly documentToRender: number;
  readonly documentBytes: number;
  readonly shapesInFirstFrame: number;
  /** Socket created → first frame with every shape of the board. */
  readonly socketToComplete: number;
  /** The longest frame between the first render and the frame with every shape. */
  readonly longestFrameWhileLoading: number;
  /** Shapes in view once all had loaded. */
  readonly inView: number;
  /** How many of those the first frame lacked. */
  readonly inViewMissingFromFirstFrame: number;
}

/** A board prepared for opening: its page URL and how many shapes it holds. */
interface Board {
  readonly id: string;
  readonly url: string;
  readonly shapes: number;
}

/** Opens `board` in a fresh browser context (cold cache, as a new visitor) and reads the probe. */
async function openOnce(browser: Browser, board: Board): Promise<Open> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(installRenderProbe, { key: PROBE_KEY, expectedShapes: board.shapes });
    await page.goto(board.url);
    const probe = await page
      .waitForFunction(
        (key) => {
          const found = (window as unknown as Record<string, RenderProbe | undefined>)[key];
          return found?.completeAt === undefined ? null : found;
        },
        PROBE_KEY,
        { timeout: RENDER_TIMEOUT_MS },
      )
      .then((handle) => handle.jsonValue())
      .catch((error: unknown) => {
        // A page that failed never renders: say why, not only that the wait timed out.
        if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
        throw error;
      });
    if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
    if (probe === null) throw new Error('The render probe vanished.');
    const { socketCreatedAt, documentReceivedAt, renderedAt, completeAt } = probe;
    if (socketCreatedAt === undefined || renderedAt === undefined || completeAt === undefined) {
      throw new Error('The page rendered shapes without opening a /collab socket.');
    }
    const firstFrame = new Set(probe.firstFrameShapeIds);
    const inView = probe.inViewWhenComplete ?? [];
    return {
      socketToRender: renderedAt - socketCreatedAt,
      navigationToRender: renderedAt,
      socketToDocument: (documentReceivedAt ?? Number.NaN) - socketCreatedAt,
      documentToRender: renderedAt - (documentReceivedAt ?? Number.NaN),
      documentBytes: probe.documentBytes ?? 0,
      shapesInFirstFrame: firstFrame.size,
      socketToComplete: completeAt - socketCreatedAt,
      longestFrameWhileLoading: probe.longestFrameWhileLoading ?? 0,
      inView: inView.length,
      inViewMissingFromFirstFrame: inView.filter((id) => !firstFrame.has(id)).length,
    };
  } finally {
    await context.close();
  }
}

/** Creates a canvas board of `shapes` shapes and a page URL for an editor. */
async function prepareBoard(server: TestServer, shapes: number): Promise<Board> {
  const admin = server.token('admin');
  const id = await createCanvasBoard(server.url, admin, `Canvas of ${shapes} shapes`);
  await seedCanvasBoard(server.wsUrl, id, admin, shapes, seededRandom(shapes));
  const url = `${server.url}/b/${id}#token=${server.token('editor', 'Bench visitor')}`;
  return { id, url, shapes };
}

/** How the board's schema after the browser's visit compares with the Node store's that wrote it. */
async function schemaAfterVisit(server: TestServer, board: Board): Promise<string> {
  const client = connectCairnClient(server.wsUrl, board.id, server.token('viewer'));
  try {
    await client.synced();
    const found = readDocumentSchema(client.doc);
    if (found.kind !== 'present') return `the document schema is ${found.kind}`;
    const nodeSchema = createHeadlessStore().schema.serialize();
    switch (compareSchemaVersions(nodeSchema, found.schema)) {
      case 'local-older':
        return (
          'the seeding store (tldraw default shapes only) has an older schema than the web ' +
          "app's (Cairn's own shapes): the warm-up open migrated the document, so the timed " +
          'opens load an already migrated board'
        );
      case 'same':
        return "the seeding store's schema equals the web app's: no migration on open";
      case 'local-newer':
        return "the web app's schema is older than the seeding store's (unexpected)";
    }
  } finally {
    client.destroy();
  }
}

/** Issue 4: a canvas of 5,000 shapes opens, socket open to first render, in under 2 s. */
export const openCanvas: Benchmark = {
  id: 'open-canvas',
  title: `Open a canvas of ${LARGE.toLocaleString('en-US')} shapes in Chromium`,
  method:
    `A Cairn server (serving the built web app) gets two canvas boards over REST: ` +
    `${LARGE.toLocaleString('en-US')} shapes and ${SMALL} shapes (alternating sticky notes ` +
    `with a short text and labelled rectangles, in a grid from where the camera starts), ` +
    `written by a tldraw store in Node bound with \`bindStoreToDoc\` through a Hocuspocus ` +
    `provider and acknowledged by the server. Headless Chromium then opens \`/b/<id>\` in a ` +
    `fresh context (cold cache) ${OPENS} times per board, alternating boards, after one ` +
    `untimed warm-up open each. **Socket to first render** is measured in the page: from the ` +
    `construction of its first \`/collab\` WebSocket (a wrapped constructor) to the start of the ` +
    `first animation frame whose DOM holds tldraw shape elements (\`.tl-shape\`), checked once ` +
    `per \`requestAnimationFrame\`, so that frame is the first to paint shapes. It includes the ` +
    `sync of the whole document, loading the lazily loaded tldraw chunk, binding the store and ` +
    `tldraw's first render. The whiteboard loads the shapes in view first and the others over ` +
    `the next frames (\`planViewportFirstLoad\`), so the probe also records the first frame ` +
    `holding every shape of the board (**every shape rendered**) and checks that each shape ` +
    `tldraw shows in view at that point (not culled) was already in the first frame. The peer ` +
    `is the same page with the ${SMALL}-shape board: what the size costs.`,
  run: async ({ webDir, log }) => {
    const server = await startTestServer({ variables: { CAIRN_WEB_DIR: webDir } });
    let browser: Browser | undefined;
    try {
      log(`seeding boards of ${LARGE} and ${SMALL} shapes`);
      const large = await prepareBoard(server, LARGE);
      const small = await prepareBoard(server, SMALL);
      browser = await launchChromium();
      log('warm-up opens');
      await openOnce(browser, large);
      await openOnce(browser, small);
      const schemaNote = await schemaAfterVisit(server, large);
      const opens = new Map<Board, Open[]>([
        [large, []],
        [small, []],
      ]);
      for (let round = 1; round <= OPENS; round++) {
        log(`open ${round} of ${OPENS}`);
        for (const [board, results] of opens) results.push(await openOnce(browser, board));
      }
      const largeOpens = opens.get(large) ?? [];
      const smallOpens = opens.get(small) ?? [];
      const row = (
        measure: string,
        pick: (open: Open) => number,
        summary: (values: number[]) => number,
        below: number | null,
      ): BenchmarkRow => ({
        measure,
        unit: 'ms',
        cairn: summary(largeOpens.map(pick)),
        peer: summary(smallOpens.map(pick)),
        below,
      });
      const all = [...largeOpens, ...smallOpens];
      return {
        peer: `the same page, ${SMALL}-shape board`,
        rows: [
          row('socket → first render, median', (open) => open.socketToRender, median, TARGET_MS),
          row('socket → first render, worst', (open) => open.socketToRender, worst, TARGET_MS),
          row('socket → document received, median', (open) => open.socketToDocument, median, null),
          row('document → first render, median', (open) => open.documentToRender, median, null),
          row('navigation → first render, median', (open) => open.navigationToRender, median, null),
          row(
            'socket → every shape rendered, median',
            (open) => open.socketToComplete,
            median,
            null,
          ),
          row(
            'longest frame while the rest loads, median',
            (open) => open.longestFrameWhileLoading,
            median,
            null,
          ),
        ],
        notes: [
          `Shape elements in the first rendered frame: ${largeOpens[0]?.shapesInFirstFrame ?? 0} ` +
            `of ${LARGE} and ${smallOpens[0]?.shapesInFirstFrame ?? 0} of ${SMALL}; the ` +
            `document message was ${formatValue(largeOpens[0]?.documentBytes ?? 0, 'B')} and ` +
            `${formatValue(smallOpens[0]?.documentBytes ?? 0, 'B')}.`,
          `Shapes in view once everything had loaded, over all timed opens: ` +
            `${all.reduce((sum, open) => sum + open.inView, 0)}; missing from the first ` +
            `rendered frame: ${all.reduce((sum, open) => sum + open.inViewMissingFromFirstFrame, 0)}.`,
          `Schema: ${schemaNote}.`,
        ],
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
};
