import { inject } from 'vitest';

// Setup file of the `postgres` project: every startTestServer in these workers keeps its data in
// a database of its own on the run's PostgreSQL server instead of SQLite.
process.env['CAIRN_TEST_POSTGRES'] = inject('postgresUrl');
