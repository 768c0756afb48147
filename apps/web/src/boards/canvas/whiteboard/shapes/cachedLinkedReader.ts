import type * as Y from 'yjs';
import type { LinkedBoardState } from '../../../../sync/LinkedBoardPool';

/**
 * Wraps a reader of a board document (e.g. `readRoadmap`) so that every card mirroring the same
 * board shares one read per change of that board, instead of one read per card: the pool hands
 * all of them the same state object until the document changes again.
 * The reader returns null for a document it cannot show (another kind of board).
 */
export function cachedLinkedReader<V>(
  read: (doc: Y.Doc) => V | null,
): (state: LinkedBoardState) => V | null {
  const views = new WeakMap<LinkedBoardState, V | null>();
  return (state) => {
    if (state.status !== 'ready') return null;
    if (!views.has(state)) views.set(state, read(state.doc));
    return views.get(state) ?? null;
  };
}
