/** The frame rate of the emulated display. */
const FRAME_MS = 1000 / 60;

/**
 * Gives Node the `requestAnimationFrame` of a 60 Hz display: callbacks run at the next frame
 * boundary of `performance.now()`. tldraw's store delivers `store.listen` batches on animation
 * frames, so the canvas binding (and any listener) needs one outside a browser, and a bound store
 * in Node then sends a person's change at the next frame as the browser would. Does nothing where
 * `requestAnimationFrame` exists.
 */
export function installFrameClock(): void {
  if (typeof globalThis.requestAnimationFrame === 'function') return;
  const timers = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  globalThis.requestAnimationFrame = (callback) => {
    const id = nextId++;
    const now = performance.now();
    const frame = (Math.floor(now / FRAME_MS) + 1) * FRAME_MS;
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        callback(performance.now());
      }, frame - now),
    );
    return id;
  };
  globalThis.cancelAnimationFrame = (id) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
  };
}

/** Resolves after the next emulated frame, so store changes made before it have been delivered. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Runs `change` with tldraw's test switch on (`NODE_ENV=test`), under which the store delivers
 * each `store.listen` batch at once instead of at the next frame: every store change in `change`
 * becomes its own transaction, as when each happens in a frame of its own. `change` must be
 * synchronous, so nothing else runs while the switch is on.
 */
export function withImmediateStoreListeners<T>(change: () => T): T {
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'test';
  try {
    return change();
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
}
