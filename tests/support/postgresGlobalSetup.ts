import type { TestProject } from 'vitest/node';
import { startPostgres } from '@cairn/server/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the `postgres` project's test servers keep their data in. */
    postgresUrl: string;
  }
}

/**
 * For the `postgres` test project: one PostgreSQL server (Debian's packages) for the whole run,
 * on loopback, stopped after. Each test server makes its own database there.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
