/**
 * Helpers for testing against a real Cairn server: start one on port 0 over a fresh data
 * directory, make tokens, accounts, memberships and share links, stop it.
 */
export { startTestServer } from './startTestServer.js';
export type {
  TestAccount,
  TestServer,
  TestServerOptions,
  TestShareLink,
} from './startTestServer.js';
export { startPostgres } from './startPostgres.js';
export type { RunningPostgres } from './startPostgres.js';
export { startRedis } from './startRedis.js';
export { freePort } from './freePort.js';
export type { RunningRedis } from './startRedis.js';
