import type * as Y from 'yjs';
import { boardMaps, childMap } from '../core/boardMaps.js';

/**
 * The Y.Map of persona `personaId`, or undefined: for editors that bind to a shared type
 * directly, such as the rich-text description.
 */
export function personaMap(doc: Y.Doc, personaId: string): Y.Map<unknown> | undefined {
  return childMap(boardMaps(doc).items, personaId);
}
