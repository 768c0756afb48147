import { planViewportFirstLoad, type LoadInBatches } from '@cairn/canvas';

/**
 * About how many shapes load per frame once the first view is on screen: a batch of notes costs
 * tldraw roughly half a millisecond per shape (measuring its label for the spatial index and
 * mounting it), so a batch stays near 100 ms and the canvas keeps answering while the rest of a
 * large board arrives.
 */
const SHAPES_PER_BATCH = 200;

/** A viewport-first load, and what lets its later batches start. */
export interface ViewportFirstLoad {
  readonly loadInBatches: LoadInBatches;
  /** The editor is mounted: after its first frame, the batches beyond the first view may load. */
  readonly editorMounted: () => void;
}

/**
 * Loads a whiteboard the way a person looks at it: first every record that is not a shape and
 * the shapes in the first view (tldraw's camera starts at the origin at 100 %, and the window
 * bounds the canvas), then, once the editor has shown them, the other shapes, nearest first, one
 * batch per frame. A 5,000-shape board shows its first view long before tldraw has measured and
 * mounted the whole board.
 */
export function createViewportFirstLoad(): ViewportFirstLoad {
  let mounted = false;
  let waiting: (() => void) | null = null;
  return {
    loadInBatches: {
      plan: (records) =>
        planViewportFirstLoad(records, {
          viewport: { x: 0, y: 0, w: window.innerWidth, h: window.innerHeight },
          batchSize: SHAPES_PER_BATCH,
        }),
      schedule: (load) => {
        let cancelled = false;
        let frame: number | undefined;
        let timeout: ReturnType<typeof setTimeout> | undefined;
        // After the next frame has painted, not inside it.
        const afterNextFrame = () => {
          waiting = null;
          if (!cancelled) frame = requestAnimationFrame(() => (timeout = setTimeout(load, 0)));
        };
        if (mounted) afterNextFrame();
        else waiting = afterNextFrame;
        return () => {
          cancelled = true;
          waiting = null;
          if (frame !== undefined) cancelAnimationFrame(frame);
          clearTimeout(timeout);
        };
      },
    },
    editorMounted: () => {
      mounted = true;
      waiting?.();
    },
  };
}
