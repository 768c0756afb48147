import type * as Y from 'yjs';
import { boardMaps, readNumber, readString } from './boardMaps.js';
import { BOARD_KINDS, META_FIELDS, type BoardKind } from './schema.js';

/** The fields every board view starts with. */
export interface BoardMetaView {
  readonly schemaVersion: number;
  readonly title: string;
  readonly createdAt: number;
}

/** The meta fields of any board (zeros and empty strings for an uninitialised document). */
export function readMeta(doc: Y.Doc): BoardMetaView {
  const { meta } = boardMaps(doc);
  return {
    schemaVersion: readNumber(meta, META_FIELDS.schemaVersion),
    title: readString(meta, META_FIELDS.title),
    createdAt: readNumber(meta, META_FIELDS.createdAt),
  };
}

/** The board's kind; `roadmap` for an uninitialised document or an unknown kind. */
export function readKind(doc: Y.Doc): BoardKind {
  const value = boardMaps(doc).meta.get(META_FIELDS.kind);
  return BOARD_KINDS.find((kind) => kind === value) ?? 'roadmap';
}
