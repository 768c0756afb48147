import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';

/** A new personas board. */
export interface NewPersonas {
  readonly kind: 'personas';
  readonly title: string;
}

/**
 * Validates a new personas board's options and returns the writer that lays out its initial
 * content (run by `initBoard` inside its transaction, after the meta fields).
 */
export function preparePersonas(
  _doc: Y.Doc,
  _board: NewPersonas,
  _ctx: OperationContext,
): () => void {
  return () => undefined;
}
