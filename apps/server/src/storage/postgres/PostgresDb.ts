import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { createSyncFn } from 'synckit';
import type { Db } from '../Db.js';
import { translateSchema, translateStatement } from './translateSql.js';
import type { WorkerRequest, WorkerResponse } from './workerProtocol.js';

/** A failed PostgreSQL statement; `code` is its SQLSTATE (23505: unique violation). */
export class PostgresError extends Error {
  override readonly name = 'PostgresError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

type Call = (request: WorkerRequest) => WorkerResponse;
let call: Call | null = null;

/** The worker thread, started on first use and shared by every PostgresDb of the process. */
function worker(): Call {
  call ??= createSyncFn<(request: WorkerRequest) => Promise<WorkerResponse>>(
    createRequire(import.meta.url).resolve('./postgresWorker.js'),
    { timeout: 60_000 },
  ) as Call;
  return call;
}

function answer(response: WorkerResponse, sql: string): WorkerResponse {
  if (response.kind === 'failed') {
    throw new PostgresError(`${response.message} (in: ${sql.trim().slice(0, 200)})`, response.code);
  }
  return response;
}

/** A BLOB read back: the worker's rows arrive as plain Uint8Arrays; Cairn's code expects Buffers. */
function withBuffers(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      row[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  }
  return row;
}

/** What a statement's `run` reports, as better-sqlite3 does. */
interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number;
}

/**
 * PostgreSQL with the synchronous surface of better-sqlite3 that Cairn's storage is written
 * against (`prepare` → `run`/`get`/`all`, `transaction`, `exec`, `close`). Each statement runs on
 * a worker thread while this thread waits, exactly as better-sqlite3 waits for SQLite's disk
 * writes: a statement that returned has committed (outside a transaction) and an acknowledged
 * edit is durable. The SQL is Cairn's SQLite dialect, translated (translateSql.ts).
 */
export class PostgresDb {
  private readonly connection: number;
  private depth = 0;
  private closed = false;

  private constructor(connection: number) {
    this.connection = connection;
  }

  /** Connects to `url` (postgres://…); throws when PostgreSQL cannot be reached. */
  static connect(url: string): PostgresDb {
    const opened = answer(worker()({ kind: 'open', url }), 'connect');
    if (opened.kind !== 'opened') throw new Error('PostgreSQL worker answered out of turn.');
    return new PostgresDb(opened.connection);
  }

  /** Runs one statement with positional parameters and returns its rows. */
  query(
    sql: string,
    params: readonly unknown[] = [],
  ): { rows: Record<string, unknown>[]; count: number } {
    if (this.closed) throw new Error('The PostgreSQL connection is closed.');
    const response = answer(
      worker()({ kind: 'query', connection: this.connection, sql, params }),
      sql,
    );
    if (response.kind !== 'rows') throw new Error('PostgreSQL worker answered out of turn.');
    return { rows: response.rows.map(withBuffers), count: response.count };
  }

  prepare(source: string): PostgresStatement {
    return new PostgresStatement(this, translateStatement(source));
  }

  /** Several statements without parameters, in Cairn's SQLite schema dialect. */
  exec(ddl: string): this {
    this.execNative(translateSchema(ddl));
    return this;
  }

  /** Several statements without parameters, in PostgreSQL's own dialect. */
  execNative(sql: string): void {
    answer(worker()({ kind: 'exec', connection: this.connection, sql }), sql);
  }

  /**
   * Wraps `fn` in a transaction (a savepoint when nested), committed when it returns and rolled
   * back when it throws, as better-sqlite3's `transaction` does.
   */
  transaction<F extends (...args: never[]) => unknown>(fn: F): TransactionOf<F> {
    const run = (...args: Parameters<F>): ReturnType<F> => {
      const savepoint = this.depth === 0 ? null : `cairn_${this.depth}`;
      this.execNative(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
      this.depth++;
      try {
        const result = fn(...args) as ReturnType<F>;
        this.depth--;
        this.execNative(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
        return result;
      } catch (error) {
        this.depth--;
        this.execNative(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}` : 'ROLLBACK');
        throw error;
      }
    };
    return Object.assign(run, { default: run, deferred: run, immediate: run, exclusive: run });
  }

  close(): this {
    if (!this.closed) {
      this.closed = true;
      answer(worker()({ kind: 'close', connection: this.connection }), 'close');
    }
    return this;
  }

  /** This handle as the storage modules' `Db`: the parts of better-sqlite3 they use. */
  asDb(): Db {
    return this as unknown as Db;
  }
}

type TransactionOf<F extends (...args: never[]) => unknown> = Database.Transaction<
  (...args: Parameters<F>) => ReturnType<F>
>;

/** A prepared statement: translated once, run with positional parameters. */
export class PostgresStatement {
  constructor(
    private readonly db: PostgresDb,
    private readonly sql: string,
  ) {}

  run(...params: unknown[]): RunResult {
    const { rows, count } = this.db.query(this.sql, params);
    const first = rows[0];
    const id = first ? Object.values(first)[0] : 0;
    return { changes: count, lastInsertRowid: typeof id === 'number' ? id : 0 };
  }

  get(...params: unknown[]): Record<string, unknown> | undefined {
    return this.db.query(this.sql, params).rows[0];
  }

  all(...params: unknown[]): Record<string, unknown>[] {
    return this.db.query(this.sql, params).rows;
  }
}
