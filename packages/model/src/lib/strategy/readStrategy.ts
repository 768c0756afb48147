import type * as Y from 'yjs';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';

/** One entry of a strategy board, as views and the REST API show it. */
export interface StrategyItemView {
  readonly id: string;
  readonly title: string;
}

/** A plain, read-only picture of a strategy board. */
export interface StrategyView extends BoardMetaView {
  readonly kind: 'strategy';
  readonly items: readonly StrategyItemView[];
}

/** Reads a strategy board into plain values; never throws on foreign or half-synced data. */
export function readStrategy(doc: Y.Doc): StrategyView {
  return { kind: 'strategy', ...readMeta(doc), items: [] };
}
