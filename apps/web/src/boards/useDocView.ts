import { startTransition, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { shareUnchanged } from './shareUnchanged';

/** At the latest this long after a remote update, it is read (rAF waits in hidden tabs). */
const FRAME_FALLBACK_MS = 100;
/**
 * Remote updates waiting longer than this for their transition to be drawn are drawn at once. A
 * newer transition restarts one not yet done; with changes arriving every frame on a board
 * whose render takes longer than a frame, React would otherwise draw none of them until its
 * transitions expire, after seconds.
 */
const MAX_TRANSITION_WAIT_MS = 250;

/** The view React shows, and the document it was read from. */
interface Shown<View> {
  readonly doc: Y.Doc | null;
  readonly read: (doc: Y.Doc) => View;
  readonly view: View | null;
}

function readShown<View>(doc: Y.Doc | null, read: (doc: Y.Doc) => View): Shown<View> {
  return { doc, read, view: doc ? read(doc) : null };
}

/**
 * `read(doc)` as plain values, read again after every change, local or remote. Each read shares
 * what did not change with the one before (`shareUnchanged`), so components memoised on a part
 * of the view (a roadmap card on its item) render only when that part changed. `read` must be a
 * stable function (a module-level reader).
 *
 * When React hears of a change, always outside Yjs's update event (an error thrown while
 * rendering must not cut Yjs's transaction cleanup short, which stops this tab sending its later
 * edits; the client-frames benchmark found a 2,000-item roadmap losing edits that way):
 * - this person's own edits in a microtask, rendered at once, so what they type shows at once;
 * - remote updates (from the server or the cache) at the next animation frame, all that arrived
 *   before it together, rendered as a transition: React renders them in slices between frames
 *   and drops a render that a newer update overtook, so a large board keeps drawing frames while
 *   someone drags on it (a synchronous render of a 2,000-item roadmap took two frames or more);
 *   updates that waited {@link MAX_TRANSITION_WAIT_MS} are drawn at once.
 */
export function useDocView<View>(doc: Y.Doc | null, read: (doc: Y.Doc) => View): View | null {
  const [shown, setShown] = useState<Shown<View>>(() => readShown(doc, read));
  // Another document or reader: read it now, in this render.
  let current = shown;
  if (shown.doc !== doc || shown.read !== read) {
    current = readShown(doc, read);
    setShown(current);
  }
  // Since when remote updates have waited for a transition to be drawn; null when none wait.
  const waitingSince = useRef<number | null>(null);
  useEffect(() => {
    waitingSince.current = null;
  }, [current.view]);

  useEffect(() => {
    if (!doc) return;
    let live = true;
    let soon = false;
    let frame: { readonly raf: number; readonly timer: ReturnType<typeof setTimeout> } | null =
      null;
    const cancelFrame = (): void => {
      if (!frame) return;
      cancelAnimationFrame(frame.raf);
      clearTimeout(frame.timer);
      frame = null;
    };
    const update = (): void => {
      setShown((before) => {
        if (before.doc !== doc || before.read !== read) return before;
        const view = shareUnchanged(before.view, read(doc));
        return view === before.view ? before : { doc, read, view };
      });
    };
    const remote = (): void => {
      cancelFrame();
      if (!live) return;
      const now = performance.now();
      waitingSince.current ??= now;
      if (now - waitingSince.current > MAX_TRANSITION_WAIT_MS) {
        // Drawn in this task, with everything the waiting transitions would have shown.
        update();
        waitingSince.current = null;
      } else {
        startTransition(update);
      }
    };
    const onUpdate = (
      _update: Uint8Array,
      _origin: unknown,
      _doc: Y.Doc,
      transaction: Y.Transaction,
    ): void => {
      if (transaction.local) {
        if (soon) return;
        soon = true;
        queueMicrotask(() => {
          soon = false;
          cancelFrame();
          if (live) update();
        });
      } else if (!frame && !soon) {
        frame = {
          raf: requestAnimationFrame(remote),
          timer: setTimeout(remote, FRAME_FALLBACK_MS),
        };
      }
    };
    doc.on('update', onUpdate);
    // An update may have landed between the first read and subscribing.
    update();
    return () => {
      live = false;
      cancelFrame();
      doc.off('update', onUpdate);
    };
  }, [doc, read]);

  return current.view;
}
