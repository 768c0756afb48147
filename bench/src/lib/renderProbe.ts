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
  /** When the probe clicked the Whiteboard button of the Notes/Whiteboard toggle, if it had to. */
  toggleClickedAt?: number;
  /** The start of the first animation frame whose DOM holds tldraw shapes (`.tl-shape`). */
  renderedAt?: number;
  /** How many `.tl-shape` elements that frame holds (tldraw mounts only shapes near the view). */
  shapesInFirstFrame?: number;
}

/** Where the probe keeps its record on `window`. */
export const PROBE_KEY = '__cairnRenderProbe';

/**
 * Runs in the page before any of its scripts (`page.addInitScript`), so it must not reference
 * anything outside its own body. It wraps `WebSocket` to time the first `/collab` socket, and
 * checks once per animation frame (before that frame's paint) for the Whiteboard toggle, which it
 * clicks while the Notes view is the default, and for rendered shapes. It stops at the first frame
 * with shapes.
 */
export function installRenderProbe(key: string): void {
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
  const onFrame = () => {
    const now = performance.now();
    const shapes = document.querySelectorAll('.tl-shape').length;
    if (shapes > 0) {
      probe.renderedAt = now;
      probe.shapesInFirstFrame = shapes;
      return;
    }
    const toggle = Array.from(
      document.querySelectorAll<HTMLButtonElement>(
        '[role="group"][aria-label="Canvas view"] button',
      ),
    ).find((button) => button.textContent === 'Whiteboard');
    if (toggle !== undefined && toggle.getAttribute('aria-pressed') === 'false') {
      probe.toggleClickedAt ??= now;
      toggle.click();
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}
