import type * as Y from 'yjs';
import { ModelError } from '../core/ModelError.js';
import { readKind } from '../core/readMeta.js';

/** Refuses to run a launch operation on a board of another kind (call after assertWritable). */
export function assertLaunchBoard(doc: Y.Doc): void {
  if (readKind(doc) !== 'launch') {
    throw new ModelError('invalid', 'This operation is for launch boards only.');
  }
}
