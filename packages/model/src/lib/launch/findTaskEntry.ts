import type * as Y from 'yjs';
import { boardMaps, childMap } from '../core/boardMaps.js';

/**
 * The live Y.Map of a task, for editors that bind to it directly (the rich-text description), or
 * undefined when there is no such task. Read-only use: write through the named operations.
 */
export function findTaskEntry(doc: Y.Doc, taskId: string): Y.Map<unknown> | undefined {
  return childMap(boardMaps(doc).items, taskId);
}
