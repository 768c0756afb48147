import { useSyncExternalStore } from 'react';
import type { VersionDiff } from './historyTypes';

/** A comparison being shown on a board: its items are marked until someone stops comparing. */
export interface ActiveComparison {
  readonly boardId: string;
  readonly diff: VersionDiff;
}

/**
 * The comparison on show, shared by the Versions button in the board header (which starts and
 * ends it) and the cards of the board (which mark what changed). A tiny external store rather
 * than a context: the two live in different subtrees of the board page, and only one board is
 * open at a time.
 */
let active: ActiveComparison | null = null;
const listeners = new Set<() => void>();

function announce(): void {
  for (const listener of listeners) listener();
}

export function showComparison(comparison: ActiveComparison): void {
  active = comparison;
  announce();
}

/** Stops comparing (on board `boardId` only, when given). */
export function stopComparing(boardId?: string): void {
  if (active === null || (boardId !== undefined && active.boardId !== boardId)) return;
  active = null;
  announce();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The comparison shown on board `boardId`, or null. */
export function useComparison(boardId: string | undefined): ActiveComparison | null {
  const current = useSyncExternalStore(subscribe, () => active);
  return current !== null && current.boardId === boardId ? current : null;
}
