import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '@cairn/server/testing';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signUpInContext } from '../support/accounts.js';
import { api } from '../support/api.js';
import { openBoardPage, type BoardPage, moveRight } from '../support/boardPage.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { builtWebDir } from '../support/webDir.js';

// Issue 6, offline-first client: boards open from this browser's cache, edits made offline are
// counted as waiting and merge on reconnect. The server is stopped and started again on the same
// port and data directory, as a server restart or a lost network would look to the pages.

let browser: Browser;
let dataDir: string;
let server: TestServer | null = null;
let port = '0';

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-e2e-offline-'));
});
afterEach(async () => {
  await server?.stop();
  server = null;
  // Each test starts on a fresh port: a kept-alive connection to the last test's server must
  // never carry this test's first request. Restarts within a test keep theirs (pages reconnect).
  port = '0';
});
afterAll(async () => {
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(): Promise<TestServer> {
  const started = await startTestServer({
    dataDir,
    variables: { PORT: port, CAIRN_WEB_DIR: builtWebDir() },
  });
  port = new URL(started.url).port;
  server = started;
  return started;
}

async function stopServer(): Promise<void> {
  await server?.stop();
  server = null;
}

function running(): TestServer {
  if (server === null) throw new Error('The server is not running.');
  return server;
}

async function newRoadmap(title: string): Promise<string> {
  const created = await api<{ id: string }>(
    running().url,
    running().token('admin'),
    'POST',
    '/api/boards',
    { title, kind: 'roadmap' },
  );
  return created.body.id;
}

async function openAs(boardId: string, name: string): Promise<BoardPage> {
  const board = await openBoardPage(
    browser,
    `${running().url}/b/${boardId}#token=${running().token('editor', name)}`,
  );
  await board.saved();
  return board;
}

function status(page: Page, text: string | RegExp) {
  const exact = typeof text === 'string' ? new RegExp(`^${text}$`) : text;
  return page.getByRole('status').filter({ hasText: exact });
}

/**
 * The network of one browser context, for taking it offline: Chromium's offline mode stops new
 * requests, and the context's WebSockets to the server are ended and refused until it is back.
 */
async function cutOffSockets(
  context: BrowserContext,
): Promise<{ goOffline(): Promise<void>; goOnline(): Promise<void> }> {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab$/, async (socket) => {
    if (offline) {
      await socket.close({ code: 1006, reason: 'offline' });
      return;
    }
    socket.connectToServer();
    open.add(socket);
  });
  return {
    goOffline: async () => {
      offline = true;
      await context.setOffline(true);
      for (const socket of open) await socket.close({ code: 1001, reason: 'offline' });
      open.clear();
    },
    goOnline: async () => {
      offline = false;
      await context.setOffline(false);
    },
  };
}

/**
 * True once the page is ready to load again with no server: a service worker controls it, the
 * app's page is kept, and so is every built file the page loaded.
 */
const KEPT_FOR_OFFLINE = `(async () => {
  if (!navigator.serviceWorker.controller) return false;
  if (!(await caches.match('/'))) return false;
  const files = performance.getEntriesByType('resource').map((entry) => entry.name)
    .filter((url) => new URL(url).pathname.startsWith('/assets/'));
  const kept = await Promise.all(files.map((url) => caches.match(url)));
  return files.length > 0 && kept.every(Boolean);
})()`;

/** Client-side navigation, as a link in the app would do: no page load. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'));`,
  );
}

interface StoredItem {
  readonly title: string;
  readonly horizon: string;
}

async function storedItems(boardId: string): Promise<string[]> {
  const stored = await api<{ items: StoredItem[] }>(
    running().url,
    running().token('viewer'),
    'GET',
    `/api/boards/${boardId}`,
  );
  return stored.body.items.map((item) => `${item.title} @ ${item.horizon}`).sort();
}

describe('editing while the server cannot be reached', () => {
  it('counts the waiting edits of two people and merges them on reconnect', async () => {
    await startServer();
    const id = await newRoadmap('Offline workshop');
    const ana = await openAs(id, 'Ana Offline');
    const ben = await openAs(id, 'Ben Offline');
    await ana.addItem('General', 'Now', 'Pricing page');
    await ana.addItem('General', 'Now', 'Sales deck');
    await ben.card('Sales deck').waitFor();
    await Promise.all([ana.saved(), ben.saved()]);

    await stopServer();
    await status(ana.page, 'Offline').waitFor();
    await status(ben.page, 'Offline').waitFor();

    await ana.addItem('General', 'Next', 'Launch webinar');
    await status(ana.page, '1 change waiting').waitFor();
    await moveRight(ana, 'Sales deck', 'Next');
    await ana.cell('General', 'Next').getByText('Sales deck', { exact: true }).waitFor();
    await status(ana.page, '2 changes waiting').waitFor();
    await ana.card('Pricing page').click();
    await ana.page.getByLabel('Title', { exact: true }).fill('Pricing page v2');
    await ana.page.getByRole('button', { name: 'Save' }).click();
    await ana.card('Pricing page v2').waitFor();
    // Opening the editor may also write (its rich-text binding); at least three are waiting.
    await status(ana.page, /^([3-9]|\d{2,}) changes waiting$/).waitFor();

    await ben.addItem('General', 'Later', 'Press briefing');
    await status(ben.page, '1 change waiting').waitFor();
    await ben.card('Pricing page').waitFor();

    await startServer();
    await Promise.all([ana.saved(), ben.saved()]);
    const expected = [
      'Launch webinar @ next',
      'Press briefing @ later',
      'Pricing page v2 @ now',
      'Sales deck @ next',
    ];
    expect(await storedItems(id)).toEqual(expected);
    for (const board of [ana, ben]) {
      await board.card('Pricing page v2').waitFor();
      await board.cell('General', 'Next').getByText('Sales deck', { exact: true }).waitFor();
      await board.cell('General', 'Later').getByText('Press briefing', { exact: true }).waitFor();
      await board.card('Launch webinar').waitFor();
    }
    await ana.close();
    await ben.close();
  });

  it('sends what one person wrote with the network down once the browser is online again', async () => {
    await startServer();
    const id = await newRoadmap('Train ride');
    const ana = await openBoardPage(browser, 'about:blank');
    const network = await cutOffSockets(ana.page.context());
    await ana.page.goto(`${running().url}/b/${id}#token=${running().token('editor', 'Ana Train')}`);
    await ana.saved();
    const ben = await openAs(id, 'Ben Office');
    // Chromium's offline mode leaves open sockets alone: end them too, as a lost network would.
    await network.goOffline();
    await status(ana.page, 'Offline').waitFor();

    await ana.addItem('General', 'Now', 'Churn analysis');
    await status(ana.page, '1 change waiting').waitFor();
    // Meanwhile Ben, online, edits the same board.
    await ben.addItem('General', 'Next', 'Partner portal');
    await ben.saved();
    expect(await ana.card('Partner portal').count()).toBe(0);

    await network.goOnline();
    await ana.saved();
    await ana.card('Partner portal').waitFor();
    await ben.card('Churn analysis').waitFor();
    expect(await storedItems(id)).toEqual(['Churn analysis @ now', 'Partner portal @ next']);
    await ana.close();
    await ben.close();
  });

  it('opens a board opened once from the cache while the server is down, and sends its edits', async () => {
    await startServer();
    const id = await newRoadmap('Hotel wifi');
    const ana = await openAs(id, 'Ana Cached');
    await ana.addItem('General', 'Now', 'Onboarding emails');
    await ana.saved();
    await navigateInApp(ana.page, '/');
    await ana.card('Onboarding emails').waitFor({ state: 'detached' });

    await stopServer();
    await navigateInApp(ana.page, `/b/${id}`);
    await ana.card('Onboarding emails').waitFor();
    await status(ana.page, 'Offline').waitFor();
    await ana.addItem('General', 'Later', 'Customer survey');
    await status(ana.page, '1 change waiting').waitFor();

    await startServer();
    await ana.saved();
    expect(await storedItems(id)).toEqual(['Customer survey @ later', 'Onboarding emails @ now']);
    await ana.close();
  });

  it('shows Saved to a viewer who opens a cached board again (a read-only server acks nothing)', async () => {
    await startServer();
    const id = await newRoadmap('Read along');
    const ana = await openAs(id, 'Ana Writer');
    await ana.addItem('General', 'Now', 'Release notes');
    await ana.saved();
    const vic = await openBoardPage(
      browser,
      `${running().url}/b/${id}#token=${running().token('viewer', 'Vic Reader')}`,
    );
    await vic.card('Release notes').waitFor();
    await vic.saved();
    await vic.page.reload();
    await vic.card('Release notes').waitFor();
    await vic.saved();
    await ana.close();
    await vic.close();
  });

  it('deletes the cached copy of a board when the person loses access to it', async () => {
    await startServer();
    const id = await newRoadmap('Short-lived access');
    const ana = await openAs(id, 'Ana Revoked');
    const cached = async (): Promise<boolean> => {
      const names = await ana.page.evaluate<string[]>(
        `indexedDB.databases().then((all) => all.map((database) => database.name))`,
      );
      return names.some((name) => name.endsWith(`:${id}`));
    };
    expect(await cached()).toBe(true);

    const admin = running().token('admin');
    const tokens = await api<{ id: string; name: string }[]>(
      running().url,
      admin,
      'GET',
      '/api/tokens',
    );
    const anaToken = tokens.body.find((token) => token.name === 'Ana Revoked');
    if (!anaToken) throw new Error('No token named Ana Revoked.');
    await api(running().url, admin, 'DELETE', `/api/tokens/${anaToken.id}`);

    await ana.page.getByText('You no longer have access to this board').waitFor();
    await expect.poll(cached).toBe(false);
    await ana.close();
  });
  it('opens the app and a board after a reload with no server, and forgets them at sign-out', async () => {
    await startServer();
    const id = await newRoadmap('Plane ride');
    let userId = '';
    const eve = await openBoardPage(browser, `${running().url}/b/${id}`, async (context) => {
      userId = await signUpInContext(running(), context, {
        email: 'eve.offline@example.com',
        name: 'Eve Offline',
        password: 'a long enough password',
      });
      await api(running().url, running().token('admin'), 'PUT', `/api/members/${userId}`, {
        role: 'editor',
      });
    });
    await eve.addItem('General', 'Now', 'Pricing page');
    await eve.saved();
    // Ready for offline: the service worker controls the page and keeps the page and every
    // file it loaded.
    await expect
      .poll(() => eve.page.evaluate<boolean>(KEPT_FOR_OFFLINE), { timeout: 20_000 })
      .toBe(true);

    await stopServer();
    await eve.page.reload();
    await eve.card('Pricing page').waitFor();
    await status(eve.page, 'Offline').waitFor();
    await eve.addItem('General', 'Next', 'Annual plans');
    await status(eve.page, '1 change waiting').waitFor();

    // The home page lists the boards as the server last did; the board opens from there.
    await eve.page.goto(new URL('/', eve.page.url()).href);
    await eve.page.getByText(/^Offline: these are your boards as of/).waitFor();
    await eve.page.getByRole('link', { name: 'Plane ride' }).first().click();
    await eve.card('Annual plans').waitFor();

    await startServer();
    await eve.saved();
    expect(await storedItems(id)).toEqual(['Annual plans @ next', 'Pricing page @ now']);

    // Signing out forgets this person's boards and who they were in this browser.
    const cachedBoards = (): Promise<string[]> =>
      eve.page.evaluate<string[]>(
        `indexedDB.databases().then((all) => all.map((d) => d.name).filter((n) => n.startsWith('cairn-board:${userId}:')))`,
      );
    expect(await cachedBoards()).toHaveLength(1);
    await eve.page.getByRole('button', { name: 'Account: Eve Offline' }).click();
    await eve.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await eve.page.waitForURL(/\/signin/);
    expect(await cachedBoards()).toEqual([]);
    expect(
      await eve.page.evaluate<string | null>(`localStorage.getItem('cairn.offline.me')`),
    ).toBeNull();
    await eve.close();
  });
});
