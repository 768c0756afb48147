import type * as Y from 'yjs';

/**
 * One change to a record as seen in the document: `put` for an added or replaced record, `delete`
 * for a removed one. `value` is whatever the document holds, not yet validated.
 *
 * @public
 */
export type RecordMapChange =
  | { readonly action: 'put'; readonly id: string; readonly value: unknown }
  | { readonly action: 'delete'; readonly id: string };

/**
 * The small key–value interface the binding needs from the document, so the storage layout
 * (`YKeyValue` over a `Y.Array`, or a plain `Y.Map` for comparison) can be swapped.
 *
 * Writes must happen inside the caller's `doc.transact`, so that one store change batch is one
 * transaction with the binding's origin.
 *
 * @public
 */
export interface RecordMap {
  readonly doc: Y.Doc;
  /** Number of live records. */
  readonly size: number;
  get(id: string): unknown;
  /** A snapshot of the live records. */
  entries(): Array<[id: string, value: unknown]>;
  set(id: string, value: object): void;
  delete(id: string): void;
  /**
   * Calls `listener` once per transaction that changed live records (any origin, including the
   * binding's own). Returns the function that stops listening.
   */
  observe(
    listener: (changes: readonly RecordMapChange[], transaction: Y.Transaction) => void,
  ): () => void;
}
