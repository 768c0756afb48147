import { readBoard } from '@cairn/model';
import * as Y from 'yjs';

/**
 * What makes two replicas of a board the same: the Yjs snapshot (state vector and delete set:
 * the same operations seen, the same ones deleted) and the board as the model reads it. Encoded
 * updates are not compared byte for byte: two identical documents may split or merge their
 * structs differently.
 */
export interface BoardFingerprint {
  readonly snapshot: Y.Snapshot;
  /** `readBoard` as JSON. */
  readonly view: string;
}

export function boardFingerprint(doc: Y.Doc): BoardFingerprint {
  return { snapshot: Y.snapshot(doc), view: JSON.stringify(readBoard(doc)) };
}

export function sameBoard(a: BoardFingerprint, b: BoardFingerprint): boolean {
  return a.view === b.view && Y.equalSnapshots(a.snapshot, b.snapshot);
}

/** True when `a` and `b` have seen the same operations (cheap: no delete set, no view). */
export function sameStateVector(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.decodeStateVector(Y.encodeStateVector(a));
  const right = Y.decodeStateVector(Y.encodeStateVector(b));
  if (left.size !== right.size) return false;
  for (const [client, clock] of left) if (right.get(client) !== clock) return false;
  return true;
}
