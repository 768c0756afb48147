import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';

/** A new launch board. */
export interface NewLaunch {
  readonly kind: 'launch';
  readonly title: string;
}

/**
 * Validates a new launch board's options and returns the writer that lays out its initial
 * content (run by `initBoard` inside its transaction, after the meta fields).
 */
export function prepareLaunch(_doc: Y.Doc, _board: NewLaunch, _ctx: OperationContext): () => void {
  return () => undefined;
}
