import { readBoard, type BoardView } from '@cairn/model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

interface BoardViewStore {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => BoardView | null;
}

const EMPTY_STORE: BoardViewStore = {
  subscribe: () => () => undefined,
  getSnapshot: () => null,
};

/** Re-reads the board lazily: once per render that follows one or more document updates. */
function createBoardViewStore(doc: Y.Doc): BoardViewStore {
  let view = readBoard(doc);
  let stale = false;
  return {
    subscribe: (onChange) => {
      const onUpdate = (): void => {
        stale = true;
        onChange();
      };
      doc.on('update', onUpdate);
      // An update may have landed between creating the store and subscribing.
      stale = true;
      return () => doc.off('update', onUpdate);
    },
    getSnapshot: () => {
      if (stale) {
        view = readBoard(doc);
        stale = false;
      }
      return view;
    },
  };
}

/**
 * The board in `doc` as plain values, re-read after every change, local or remote. Reading the
 * whole board per update is fine at roadmap sizes (hundreds of items); finer-grained observers can
 * come when a board kind needs them.
 */
export function useBoardView(doc: Y.Doc | null): BoardView | null {
  const store = useMemo(() => (doc ? createBoardViewStore(doc) : EMPTY_STORE), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
