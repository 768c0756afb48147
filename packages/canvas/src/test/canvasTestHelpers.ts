import type { IndexKey } from '@tldraw/utils';
import { createShapeId, type TLFrameShape, type TLPageId, type TLStore } from '@tldraw/tlschema';
import * as Y from 'yjs';

export {
  createHeadlessStore as createTestStore,
  createPageRecords,
} from '../testing/headlessStore.js';

/** A frame shape: the smallest built-in shape (props `w`, `h`, `name`, `color`). */
export function createFrame(
  store: TLStore,
  key: string,
  parentId: TLPageId,
  overrides: Partial<Pick<TLFrameShape, 'x' | 'y'>> & { name?: string } = {},
): TLFrameShape {
  return store.schema.types.shape.create({
    id: createShapeId(key),
    type: 'frame',
    parentId,
    index: 'a1' as IndexKey,
    x: overrides.x ?? 0,
    y: overrides.y ?? 0,
    props: { w: 100, h: 100, name: overrides.name ?? key, color: 'black' },
  }) as TLFrameShape;
}

/** The origin of updates a {@link Network} delivers, so it never forwards its own deliveries. */
export const RELAY_ORIGIN = { kind: 'test-relay' } as const;

/**
 * Replicas joined by a simulated network: every local update is queued for every other replica.
 * `deliverAll` flushes in order; `deliverSome` delivers a random subset (seeded), so replicas
 * edit concurrently. Yjs updates commute, so any delivery order must converge.
 */
export interface Network {
  readonly docs: readonly Y.Doc[];
  deliverAll(): void;
  deliverSome(random: () => number): void;
  destroy(): void;
}

export function createNetwork(count: number, options: { gc?: boolean } = {}): Network {
  const docs = Array.from({ length: count }, () => new Y.Doc({ gc: options.gc ?? true }));
  const queues: Array<Uint8Array[]> = docs.map(() => []);
  const stops = docs.map((doc, from) => {
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === RELAY_ORIGIN) return;
      queues.forEach((queue, to) => {
        if (to !== from) queue.push(update);
      });
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  });
  const deliver = (to: number, update: Uint8Array) => {
    const doc = docs[to];
    if (doc !== undefined) Y.applyUpdate(doc, update, RELAY_ORIGIN);
  };
  return {
    docs,
    deliverAll() {
      while (queues.some((queue) => queue.length > 0)) {
        queues.forEach((queue, to) => {
          for (const update of queue.splice(0)) deliver(to, update);
        });
      }
    },
    deliverSome(random) {
      queues.forEach((queue, to) => {
        const kept: Uint8Array[] = [];
        for (const update of queue.splice(0)) {
          if (random() < 0.5) deliver(to, update);
          else kept.push(update);
        }
        queue.unshift(...kept);
      });
    },
    destroy() {
      for (const stop of stops) stop();
    },
  };
}
