import type { ServerProcess } from './ServerProcess.js';
import { sleep } from './waitUntil.js';

/**
 * Resolves with the milliseconds it took until `server` no longer holds `document` in memory,
 * polling every `pollMs`; rejects after `timeoutMs`.
 */
export async function untilUnloaded(
  server: ServerProcess,
  document: string,
  timeoutMs = 30_000,
  pollMs = 10,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (!(await server.loadedDocuments()).includes(document)) return performance.now() - started;
    await sleep(pollMs);
  }
  throw new Error(`${document} was still loaded after ${timeoutMs} ms.`);
}
