import type { OperationContext } from '@cairn/model';
import type * as Y from 'yjs';

/** A model operation the canvas page runs with the person's context. */
export type CanvasOperation = (doc: Y.Doc, ctx: OperationContext) => void;
