import type * as Y from 'yjs';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';

/** One entry of a launch board, as views and the REST API show it. */
export interface LaunchItemView {
  readonly id: string;
  readonly title: string;
}

/** A plain, read-only picture of a launch board. */
export interface LaunchView extends BoardMetaView {
  readonly kind: 'launch';
  readonly items: readonly LaunchItemView[];
}

/** Reads a launch board into plain values; never throws on foreign or half-synced data. */
export function readLaunch(doc: Y.Doc): LaunchView {
  return { kind: 'launch', ...readMeta(doc), items: [] };
}
