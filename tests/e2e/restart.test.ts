import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { openBoardPage } from '../support/boardPage.js';
import { launchBrowser } from '../support/launchBrowser.js';
import { spawnServer, type SpawnedServer } from '../support/spawnServer.js';
import { builtWebDir } from '../support/webDir.js';

let browser: Browser;
let dataDir: string;
const servers: SpawnedServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-e2e-restart-'));
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port = '0'): Promise<SpawnedServer> {
  const server = await spawnServer(dataDir, { PORT: port, CAIRN_WEB_DIR: builtWebDir() });
  servers.push(server);
  return server;
}

describe('a server restart in the middle of a session', () => {
  it('keeps everything, and the open page reconnects and keeps editing', async () => {
    const first = await start();
    const port = new URL(first.url).port;
    const board = await api<{ id: string }>(first.url, first.adminToken, 'POST', '/api/boards', {
      title: 'Launch',
      kind: 'roadmap',
    });
    const page = await openBoardPage(
      browser,
      `${first.url}/b/${board.body.id}#token=${first.adminToken}`,
    );
    await page.saved();
    for (const title of ['Pricing page', 'Press briefing', 'Sales deck']) {
      await page.addItem('General', 'Now', title);
    }
    await page.saved();

    expect(await first.stop('SIGKILL')).toBeNull();
    await page.page
      .getByRole('status')
      .filter({ hasText: /^Offline$/ })
      .waitFor();

    const second = await start(port);
    await page.saved();
    await page.addItem('General', 'Next', 'Launch webinar');
    await page.saved();

    const stored = await api<{ items: { title: string }[] }>(
      second.url,
      second.adminToken,
      'GET',
      `/api/boards/${board.body.id}`,
    );
    expect(stored.body.items.map((item) => item.title).sort()).toEqual([
      'Launch webinar',
      'Press briefing',
      'Pricing page',
      'Sales deck',
    ]);
    await page.page.reload();
    await page.saved();
    for (const title of ['Pricing page', 'Press briefing', 'Sales deck', 'Launch webinar']) {
      await page.card(title).waitFor();
    }
    await page.close();
  });
});
