import { defineConfig } from 'vitest/config';

/**
 * One runner for every test. Unit tests sit beside the code (`*.test.ts`); integration and
 * browser tests live under `tests/`. Integration and end-to-end files start real servers and
 * browsers, so they run one file at a time on this 2-core machine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'model',
          include: ['packages/model/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'canvas',
          include: ['packages/canvas/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The integration tests that exercise every store, again on PostgreSQL (DATABASE_URL,
          // docs/deploy.md): same SQL, other engine. The whole integration project runs there
          // with CAIRN_TEST_POSTGRES set.
          name: 'postgres',
          include: [
            'tests/integration/restContract.test.ts',
            'tests/integration/comments.test.ts',
            'tests/integration/inbox.test.ts',
            'tests/integration/links.test.ts',
            'tests/integration/durability.test.ts',
            'tests/integration/facilitation.test.ts',
            'tests/integration/history.test.ts',
            'tests/integration/publishing.test.ts',
            'tests/integration/webhooks.test.ts',
          ],
          globalSetup: ['tests/support/postgresGlobalSetup.ts'],
          setupFiles: ['tests/support/onPostgres.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The reliability suite (docs/reliability.md) at CI size; `npm run soak` runs it full
          // size (CAIRN_RELIABILITY_SIZE=full) and writes the figures.
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
