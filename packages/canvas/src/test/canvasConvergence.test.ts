import type { TLShape, TLShapeId, TLStore } from '@tldraw/tlschema';
import { seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import { bindStoreToDoc } from '../lib/bindStoreToDoc.js';
import { createKeyValueRecordMap } from '../lib/createKeyValueRecordMap.js';
import {
  createFrame,
  createNetwork,
  createPageRecords,
  createTestStore,
} from './canvasTestHelpers.js';

/** `CANVAS_FUZZ_SEED=n` replays one seed; otherwise a fixed set runs. */
const SEEDS = process.env.CANVAS_FUZZ_SEED
  ? [Number(process.env.CANVAS_FUZZ_SEED)]
  : Array.from({ length: 25 }, (_, i) => i + 1);
const REPLICAS = 3;
const STEPS = 300;

function shapeIds(store: TLStore): TLShapeId[] {
  return store.allRecords().flatMap((record) => (record.typeName === 'shape' ? [record.id] : []));
}

describe('concurrent edits on replicas converge', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T | undefined =>
      items[Math.floor(random() * items.length)];
    const network = createNetwork(REPLICAS);
    const { document, page } = createPageRecords();
    const stores = network.docs.map(() => createTestStore());
    stores[0]?.put([document, page]);
    const bindings = network.docs.map((doc, i) => {
      const binding = bindStoreToDoc(stores[i] as TLStore, doc, { bindingId: `r${i}` });
      network.deliverAll();
      return binding;
    });
    let created = 0;
    for (let step = 0; step < STEPS; step++) {
      const store = pick(stores) as TLStore;
      const target = pick(shapeIds(store));
      const roll = random();
      if (roll < 0.25 || target === undefined) {
        store.put([
          createFrame(store, `s${created++}`, page.id, { x: Math.floor(random() * 1000) }),
        ]);
      } else if (roll < 0.75) {
        store.update(target, (shape: TLShape) => ({
          ...shape,
          x: Math.floor(random() * 1000),
          y: Math.floor(random() * 1000),
        }));
      } else if (roll < 0.9) {
        store.update(
          target,
          (shape: TLShape) =>
            ({ ...shape, props: { ...shape.props, name: `n${step}` } }) as TLShape,
        );
      } else {
        store.remove([target]);
      }
      if (random() < 0.3) network.deliverSome(random);
    }
    network.deliverAll();
    const expected = stores[0]?.serialize('document');
    for (const [i, store] of stores.entries()) {
      expect(store.serialize('document'), `replica ${i}, seed ${seed}`).toEqual(expected);
      const doc = network.docs[i];
      if (doc !== undefined)
        expect(Object.fromEntries(createKeyValueRecordMap(doc).entries())).toEqual(expected);
    }
    for (const binding of bindings) binding.destroy();
    network.destroy();
  });
});
