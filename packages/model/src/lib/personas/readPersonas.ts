import type * as Y from 'yjs';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';

/** One entry of a personas board, as views and the REST API show it. */
export interface PersonasItemView {
  readonly id: string;
  readonly title: string;
}

/** A plain, read-only picture of a personas board. */
export interface PersonasView extends BoardMetaView {
  readonly kind: 'personas';
  readonly items: readonly PersonasItemView[];
}

/** Reads a personas board into plain values; never throws on foreign or half-synced data. */
export function readPersonas(doc: Y.Doc): PersonasView {
  return { kind: 'personas', ...readMeta(doc), items: [] };
}
