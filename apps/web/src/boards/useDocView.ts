import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { shareUnchanged } from './shareUnchanged';

interface DocViewStore<View> {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => View | null;
}

function emptyStore<View>(): DocViewStore<View> {
  return { subscribe: () => () => undefined, getSnapshot: () => null };
}

/** At the latest this long after a remote update, React hears of it (rAF waits in hidden tabs). */
const FRAME_FALLBACK_MS = 100;

/**
 * Re-reads lazily: once per render that follows one or more document updates. React hears of
 * updates outside Yjs's update event, so nothing React throws can interrupt Yjs's transaction
 * cleanup, which would stop this tab's later edits from being sent (the client-frames benchmark
 * found a 2,000-item roadmap losing edits that way):
 * - this person's own edits in a microtask, so what they type shows at once;
 * - remote updates (applied from the server or the cache) at the next animation frame, all
 *   those that arrived before it together. `useSyncExternalStore` renders each notification at
 *   once: per remote message, a 2,000-item roadmap fell further behind a fast remote drag with
 *   every render (each took longer than the messages' interval), and stayed unresponsive for
 *   tens of seconds after the drag ended.
 */
function createDocViewStore<View>(doc: Y.Doc, read: (doc: Y.Doc) => View): DocViewStore<View> {
  let view = read(doc);
  let stale = false;
  return {
    subscribe: (onChange) => {
      let subscribed = true;
      let soon = false;
      let frame: { readonly raf: number; readonly timer: ReturnType<typeof setTimeout> } | null =
        null;
      const cancelFrame = (): void => {
        if (!frame) return;
        cancelAnimationFrame(frame.raf);
        clearTimeout(frame.timer);
        frame = null;
      };
      const notify = (): void => {
        cancelFrame();
        if (subscribed) onChange();
      };
      const onUpdate = (
        _update: Uint8Array,
        _origin: unknown,
        _doc: Y.Doc,
        transaction: Y.Transaction,
      ): void => {
        stale = true;
        if (transaction.local) {
          if (soon) return;
          soon = true;
          queueMicrotask(() => {
            soon = false;
            notify();
          });
        } else if (!frame && !soon) {
          frame = {
            raf: requestAnimationFrame(notify),
            timer: setTimeout(notify, FRAME_FALLBACK_MS),
          };
        }
      };
      doc.on('update', onUpdate);
      // An update may have landed between creating the store and subscribing.
      stale = true;
      return () => {
        subscribed = false;
        cancelFrame();
        doc.off('update', onUpdate);
      };
    },
    getSnapshot: () => {
      if (stale) {
        view = shareUnchanged(view, read(doc));
        stale = false;
      }
      return view;
    },
  };
}

/**
 * `read(doc)` as plain values, re-read after every change, local or remote. Reading a whole board
 * per update is fine at board sizes (thousands of entries: a few milliseconds). Each read shares
 * what did not change with the one before (`shareUnchanged`), so components memoised on a part
 * of the view (a roadmap card on its item) render only when that part changed. `read` must be a
 * stable function (a module-level reader).
 */
export function useDocView<View>(doc: Y.Doc | null, read: (doc: Y.Doc) => View): View | null {
  const store = useMemo(
    () => (doc ? createDocViewStore(doc, read) : emptyStore<View>()),
    [doc, read],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
