/**
 * Helpers for testing against a real Cairn server: start one on port 0 over a fresh data
 * directory, make tokens, stop it.
 */
export { startTestServer } from './startTestServer.js';
export type { TestServer, TestServerOptions } from './startTestServer.js';
