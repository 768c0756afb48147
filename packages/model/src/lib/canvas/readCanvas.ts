import type * as Y from 'yjs';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';

/** One entry of a canvas board, as views and the REST API show it. */
export interface CanvasItemView {
  readonly id: string;
  readonly title: string;
}

/** A plain, read-only picture of a canvas board. */
export interface CanvasView extends BoardMetaView {
  readonly kind: 'canvas';
  readonly items: readonly CanvasItemView[];
}

/** Reads a canvas board into plain values; never throws on foreign or half-synced data. */
export function readCanvas(doc: Y.Doc): CanvasView {
  return { kind: 'canvas', ...readMeta(doc), items: [] };
}
