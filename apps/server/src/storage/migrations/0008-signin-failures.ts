/**
 * Migration 8: failed sign-ins, in the database rather than one process's memory, so the limit
 * holds across every process of a deployment (docs/deploy.md) and across restarts.
 */
export const SIGNIN_FAILURES_MIGRATION = `
  CREATE TABLE signin_failures (
    email TEXT NOT NULL,                   -- as typed, trimmed and lower-cased
    at INTEGER NOT NULL                    -- ms since the epoch
  );
  CREATE INDEX signin_failures_by_email ON signin_failures (email, at);
  CREATE INDEX signin_failures_by_time ON signin_failures (at);
`;
