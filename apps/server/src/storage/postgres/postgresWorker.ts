/**
 * The worker thread behind PostgresDb: holds the PostgreSQL connections and runs each query the
 * main thread hands it, while the main thread waits (synckit). One connection per PostgresDb, so
 * a transaction's statements all run on the connection that began it.
 */
import pg from 'pg';
import { runAsWorker } from 'synckit';
import type { WorkerRequest, WorkerResponse } from './workerProtocol.js';

// Timestamps (ms since the epoch) are BIGINT: numbers in JavaScript, as SQLite gives them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// SUM over BIGINT is NUMERIC in PostgreSQL; Cairn only sums whole counts.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const connections = new Map<number, pg.Client>();
let nextConnection = 1;

function connection(id: number): pg.Client {
  const client = connections.get(id);
  if (!client) throw new Error(`No PostgreSQL connection ${id}.`);
  return client;
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.kind) {
    case 'open': {
      const client = new pg.Client({ connectionString: request.url });
      // A dropped connection fails the next query with a clear error; never crash the worker.
      client.on('error', () => undefined);
      await client.connect();
      const id = nextConnection++;
      connections.set(id, client);
      return { kind: 'opened', connection: id };
    }
    case 'query': {
      const result = await connection(request.connection).query({
        text: request.sql,
        values: request.params as unknown[],
      });
      return {
        kind: 'rows',
        rows: result.rows as Record<string, unknown>[],
        count: result.rowCount ?? 0,
      };
    }
    case 'exec': {
      await connection(request.connection).query(request.sql);
      return { kind: 'done' };
    }
    case 'close': {
      const client = connections.get(request.connection);
      connections.delete(request.connection);
      await client?.end();
      return { kind: 'done' };
    }
  }
}

runAsWorker(async (request: WorkerRequest): Promise<WorkerResponse> => {
  try {
    return await handle(request);
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    return { kind: 'failed', message: message ?? String(error), code: code ?? null };
  }
});
