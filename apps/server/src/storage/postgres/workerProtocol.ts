/** What the main thread asks the PostgreSQL worker (postgresWorker.ts), and what it answers. */
export type WorkerRequest =
  | { readonly kind: 'open'; readonly url: string }
  | {
      readonly kind: 'query';
      readonly connection: number;
      readonly sql: string;
      readonly params: readonly unknown[];
    }
  /** Several statements without parameters (schema migrations). */
  | { readonly kind: 'exec'; readonly connection: number; readonly sql: string }
  | { readonly kind: 'close'; readonly connection: number };

export type WorkerResponse =
  | { readonly kind: 'opened'; readonly connection: number }
  | { readonly kind: 'rows'; readonly rows: Record<string, unknown>[]; readonly count: number }
  | { readonly kind: 'done' }
  /** `code` is PostgreSQL's SQLSTATE, e.g. 23505 for a unique violation. */
  | { readonly kind: 'failed'; readonly message: string; readonly code: string | null };
