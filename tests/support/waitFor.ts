/** How long an awaited condition may take before the test fails with a clear message. */
export const DEFAULT_WAIT_MS = 10_000;

/** Something that announces changes: a Y.Doc, a provider, any emitter with on/off. */
export interface Announcer {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
}

/**
 * Resolves once `check()` is true, checking now and after every `event` from `source`; fails
 * after `timeoutMs` with `what` in the message. No polling, no sleeps.
 */
export function waitFor(
  what: string,
  source: Announcer,
  event: string,
  check: () => boolean,
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const listener = () => {
      if (!check()) return;
      clearTimeout(timer);
      source.off(event, listener);
      resolve();
    };
    const timer = setTimeout(() => {
      source.off(event, listener);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`));
    }, timeoutMs);
    source.on(event, listener);
  });
}
