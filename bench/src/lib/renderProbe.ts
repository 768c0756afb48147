/** What {@link installRenderProbe} records, in the page's `performance.now()` milliseconds. */
export interface RenderProbe {
  /** When the page constructed its first `/collab` WebSocket. */
  socketCreatedAt?: number;
  /** When that socket fired `open`. */
  socketOpenedAt?: number;
  /**
   * When the page handled the socket's largest message before the first render: the sync answer
   * that carries the whole document.
   */
  documentReceivedAt?: number;
  /** Bytes of that largest message. */
  documentBytes?: number;
  /** The start of the first animation frame whose DOM holds tldraw shapes (`.tl-shape`). */
  renderedAt?: number;
  /** The ids of the shapes in that frame. */
  firstFrameShapeIds?: string[];
  /** The start of the first frame whose DOM holds every shape of the board. */
  completeAt?: number;
  /**
   * The shapes tldraw shows in that frame (the others are culled, `display: none`): what is in
   * view. Every one of them should already be in the first frame.
   */
  inViewWhenComplete?: string[];
  /** The longest time between two frames from the first render to the complete frame. */
  longestFrameWhileLoading?: number;
}

/** What {@link installRenderProbe} needs: where to keep its record and the board's size. */
export interface RenderProbeOptions {
  readonly key: string;
  readonly expectedShapes: number;
}

/** Where the probe keeps its record on `window`. */
export const PROBE_KEY = '__cairnRenderProbe';

/**
 * Runs in the page before any of its scripts (`page.addInitScript`), so it must not reference
 * anything outside its own body. It wraps `WebSocket` to time the first `/collab` socket, and
 * checks once per animation frame (before that frame's paint) for rendered shapes: the first frame
 * with any, and the first frame with all of them.
 */
export function installRenderProbe({ key, expectedShapes }: RenderProbeOptions): void {
  const probe: RenderProbe = {};
  Object.defineProperty(window, key, { value: probe });
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (probe.socketCreatedAt !== undefined || !String(url).includes('/collab')) return;
      probe.socketCreatedAt = performance.now();
      this.addEventListener('open', () => (probe.socketOpenedAt = performance.now()), {
        once: true,
      });
      this.addEventListener('message', (event: MessageEvent<unknown>) => {
        const { data } = event;
        const bytes =
          data instanceof ArrayBuffer ? data.byteLength : data instanceof Blob ? data.size : 0;
        if (probe.renderedAt !== undefined || bytes <= (probe.documentBytes ?? 0)) return;
        probe.documentBytes = bytes;
        probe.documentReceivedAt = performance.now();
      });
    }
  };
  let previousFrame: number | undefined;
  const onFrame = () => {
    const now = performance.now();
    if (probe.renderedAt !== undefined && previousFrame !== undefined) {
      probe.longestFrameWhileLoading = Math.max(
        probe.longestFrameWhileLoading ?? 0,
        now - previousFrame,
      );
    }
    previousFrame = now;
    const shapes = Array.from(
      document.querySelectorAll<HTMLElement>('.tl-shape:not(.tl-shape-background)'),
    );
    if (shapes.length > 0 && probe.renderedAt === undefined) {
      probe.renderedAt = now;
      probe.firstFrameShapeIds = shapes.map((shape) => shape.dataset.shapeId ?? '');
    }
    if (shapes.length >= expectedShapes) {
      probe.completeAt = now;
      probe.inViewWhenComplete = shapes
        .filter((shape) => shape.style.display !== 'none')
        .map((shape) => shape.dataset.shapeId ?? '');
      return;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}
