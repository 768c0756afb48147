import type * as Y from 'yjs';
import type { OperationContext } from '../core/OperationContext.js';

/** A new canvas board. */
export interface NewCanvas {
  readonly kind: 'canvas';
  readonly title: string;
}

/**
 * Validates a new canvas board's options and returns the writer that lays out its initial
 * content (run by `initBoard` inside its transaction, after the meta fields).
 */
export function prepareCanvas(_doc: Y.Doc, _board: NewCanvas, _ctx: OperationContext): () => void {
  return () => undefined;
}
