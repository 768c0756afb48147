import { readKind, readPersonas, readRoadmap, type AxisView } from '@cairn/model';
import type * as Y from 'yjs';
import { cachedLinkedReader } from '../shapes/cachedLinkedReader';

/** What a picker offers from a roadmap or personas board: its entries, and a roadmap's lanes. */
export interface LinkedEntries {
  /** In the board's own order. */
  readonly entries: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** A roadmap's lanes; empty for a personas board. */
  readonly lanes: readonly AxisView[];
}

function readEntries(doc: Y.Doc, kind: 'roadmap' | 'personas'): LinkedEntries | null {
  if (readKind(doc) !== kind) return null;
  if (kind === 'personas') return { entries: readPersonas(doc).items, lanes: [] };
  const roadmap = readRoadmap(doc);
  return { entries: roadmap.items, lanes: roadmap.lanes };
}

/** The entries of a linked roadmap board, read once per change of it; null while not ready. */
export const readLinkedRoadmapEntries = cachedLinkedReader((doc) => readEntries(doc, 'roadmap'));

/** The personas of a linked personas board, read once per change of it; null while not ready. */
export const readLinkedPersonaEntries = cachedLinkedReader((doc) => readEntries(doc, 'personas'));
