import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';

/** A new strategy board. */
export interface NewStrategy {
  readonly kind: 'strategy';
  readonly title: string;
}

/**
 * Validates a new strategy board's options and returns the writer that lays out its initial
 * content (run by `initBoard` inside its transaction, after the meta fields).
 */
export function prepareStrategy(
  _doc: Y.Doc,
  _board: NewStrategy,
  _ctx: OperationContext,
): () => void {
  return () => undefined;
}
