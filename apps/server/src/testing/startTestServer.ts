import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Role } from '../auth/roles.js';
import { CairnServer, type CairnServerOptions } from '../CairnServer.js';
import { loadConfig } from '../config.js';

export interface TestServerOptions extends CairnServerOptions {
  /** Reuse a data directory (to test restarts); a fresh temporary one otherwise. */
  readonly dataDir?: string;
  /** Extra environment variables, as the server reads them. */
  readonly env?: CairnServerOptions['env'];
  readonly variables?: Record<string, string>;
}

/** A running server on 127.0.0.1 and an ephemeral port. */
export interface TestServer {
  readonly server: CairnServer;
  readonly url: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Makes a token of `role` and returns its secret. */
  token(role: Role, name?: string): string;
  /** Stops the server; removes the data directory unless it was given. */
  stop(): Promise<void>;
}

/** Starts a Cairn server for a test. Call `stop` in the test's teardown. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cairn-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CAIRN_WEB_DIR: '',
    LOG_LEVEL: 'silent',
    ...options.variables,
  });
  const server = await CairnServer.start(config, {
    logger: options.logger ?? pino({ level: process.env.CAIRN_TEST_LOG ?? 'silent' }),
    ...(options.env ? { env: options.env } : {}),
    ...(options.compaction ? { compaction: options.compaction } : {}),
  });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    server,
    url,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    dataDir,
    token: (role, name = `${role} tester`) => server.tokens.create(name, role).token,
    stop: async () => {
      await server.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
