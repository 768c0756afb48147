import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * The database of the test server over `dataDir` on the PostgreSQL server at `serverUrl`,
 * created empty the first time: a server restarted over the same data directory finds its data,
 * as it would in SQLite. Returns its address.
 */
export async function createTestDatabase(serverUrl: string, dataDir: string): Promise<string> {
  const name = `cairn_test_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.href;
}
