import { startTestServer, type TestServer, type TestServerOptions } from '@cairn/server/testing';
import { onTestFinished } from 'vitest';

/**
 * Starts a real Cairn server on port 0 for this test and stops it in the test's teardown, as
 * Hocuspocus's own test helper does.
 */
export async function useTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  onTestFinished(() => server.stop());
  return server;
}
