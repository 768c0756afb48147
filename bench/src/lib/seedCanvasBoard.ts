import { bindStoreToDoc } from '@cairn/canvas';
import { connectCairnClient } from './connectCairnClient.js';
import { createHeadlessStore, createPageRecords } from '@cairn/canvas/testing';
import { createGridShapes } from '@cairn/canvas/testing';
import { withImmediateStoreListeners } from './installFrameClock.js';

/** Shapes per transaction: each becomes one WebSocket message, well under the 2 MiB payload limit. */
const SHAPES_PER_BATCH = 500;

/**
 * Writes `count` shapes into board `boardId` the way the web app stores them: a tldraw store in
 * Node bound to a Yjs document that a Hocuspocus provider syncs with the server. Resolves once the
 * server has acknowledged every change (so it is in the durable log).
 */
export async function seedCanvasBoard(
  wsUrl: string,
  boardId: string,
  token: string,
  count: number,
  random: () => number,
): Promise<void> {
  const client = connectCairnClient(wsUrl, boardId, token);
  const store = createHeadlessStore();
  try {
    await client.synced();
    store.put(Object.values(createPageRecords()));
    const binding = bindStoreToDoc(store, client.doc);
    if (binding.status.status !== 'connected') {
      throw new Error(`The binding did not connect: ${binding.status.status}.`);
    }
    const shapes = createGridShapes(store, count, random);
    for (let first = 0; first < shapes.length; first += SHAPES_PER_BATCH) {
      // Each batch reaches the document at once, as its own transaction. Waiting for the next
      // frame instead raced the store's own frame: the last batch could still be undelivered
      // when `acknowledged()` found nothing pending, and the board then opened without it.
      withImmediateStoreListeners(() => store.put(shapes.slice(first, first + SHAPES_PER_BATCH)));
    }
    await client.acknowledged();
    binding.destroy();
  } finally {
    store.dispose();
    client.destroy();
  }
}
