import type * as Y from 'yjs';
import { boardMaps, childMap } from '../core/boardMaps.js';

/**
 * The live Y.Map of item `itemId`, or undefined when absent: for editors that bind to a field
 * directly (the rich-text description) and for links. Write to it only through operations.
 */
export function itemMap(doc: Y.Doc, itemId: string): Y.Map<unknown> | undefined {
  return childMap(boardMaps(doc).items, itemId);
}
