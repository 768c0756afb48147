import { startTestServer, type TestServer } from '@cairn/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './launchBrowser.js';
import { builtWebDir } from './webDir.js';

/** What an end-to-end file shares: one Chromium and one server that serves the built web app. */
export interface BrowserAndServer {
  readonly browser: Browser;
  readonly server: TestServer;
}

/**
 * Starts Chromium and a server with the web app (and any extra environment `variables`) before
 * this file's tests and stops both after.
 * Read the fields inside tests (they are set in beforeAll).
 */
export function useBrowserAndServer(
  variables: Readonly<Record<string, string>> = {},
): BrowserAndServer {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer({ variables: { CAIRN_WEB_DIR: builtWebDir(), ...variables } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const missing = (): never => {
    throw new Error('useBrowserAndServer: read its fields inside a test, after beforeAll.');
  };
  return {
    get browser() {
      return browser ?? missing();
    },
    get server() {
      return server ?? missing();
    },
  };
}
