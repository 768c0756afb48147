import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

interface DocViewStore<View> {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => View | null;
}

function emptyStore<View>(): DocViewStore<View> {
  return { subscribe: () => () => undefined, getSnapshot: () => null };
}

/**
 * Re-reads lazily: once per render that follows one or more document updates. React hears of
 * updates in a microtask, never inside Yjs's update event: a burst of remote updates (a drag on
 * a large board) becomes one render, and nothing React throws can interrupt Yjs's transaction
 * cleanup, which would stop this tab's later edits from being sent (the client-frames benchmark
 * found a 2,000-item roadmap losing edits that way).
 */
function createDocViewStore<View>(doc: Y.Doc, read: (doc: Y.Doc) => View): DocViewStore<View> {
  let view = read(doc);
  let stale = false;
  return {
    subscribe: (onChange) => {
      let subscribed = true;
      let notifying = false;
      const onUpdate = (): void => {
        stale = true;
        if (notifying) return;
        notifying = true;
        queueMicrotask(() => {
          notifying = false;
          if (subscribed) onChange();
        });
      };
      doc.on('update', onUpdate);
      // An update may have landed between creating the store and subscribing.
      stale = true;
      return () => {
        subscribed = false;
        doc.off('update', onUpdate);
      };
    },
    getSnapshot: () => {
      if (stale) {
        view = read(doc);
        stale = false;
      }
      return view;
    },
  };
}

/**
 * `read(doc)` as plain values, re-read after every change, local or remote. Reading a whole board
 * per update is fine at board sizes (hundreds of entries); finer-grained observers can come when
 * a board kind needs them. `read` must be a stable function (a module-level reader).
 */
export function useDocView<View>(doc: Y.Doc | null, read: (doc: Y.Doc) => View): View | null {
  const store = useMemo(
    () => (doc ? createDocViewStore(doc, read) : emptyStore<View>()),
    [doc, read],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
