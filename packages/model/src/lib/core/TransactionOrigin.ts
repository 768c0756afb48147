/**
 * Who made a change. Every named operation runs in one `doc.transact(fn, origin)` with one of
 * these, so undo (only the local person's own origin), echo suppression and audit can tell
 * changes apart.
 */
export type TransactionOrigin =
  /** The person at this client, editing through the UI. Undo tracks exactly this origin. */
  | { readonly kind: 'local-user'; readonly userId: string }
  /** A REST API call, on behalf of the token's holder. */
  | { readonly kind: 'api'; readonly actorId: string }
  /** A bulk import of a file or another board. */
  | { readonly kind: 'import'; readonly source: string }
  /** A schema migration run by the server or a client. */
  | { readonly kind: 'migration'; readonly fromVersion: number };

/** True when `value` is one of Cairn's origins (Yjs lets any value be an origin). */
export function isTransactionOrigin(value: unknown): value is TransactionOrigin {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const kind = value.kind;
  return kind === 'local-user' || kind === 'api' || kind === 'import' || kind === 'migration';
}
