import type * as Y from 'yjs';
import { boardMaps, readString } from './boardMaps.js';
import { META_FIELDS } from './schema.js';

/** The board's title alone, without reading the rest of the board. */
export function readBoardTitle(doc: Y.Doc): string {
  return readString(boardMaps(doc).meta, META_FIELDS.title);
}
