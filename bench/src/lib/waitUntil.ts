/** Something that announces changes: a provider, a Y.Doc, any emitter with on/off. */
export interface Announcer {
  on(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

/**
 * Resolves once `check()` is true, checking now and after every `event` from `source`; rejects
 * after `timeoutMs` with `what` in the message, so no benchmark step can hang the run.
 */
export function waitUntil(
  what: string,
  source: Announcer,
  event: string,
  check: () => boolean,
  timeoutMs = 30_000,
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

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
