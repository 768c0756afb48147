import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import type * as Y from 'yjs';

const AS_BENCH: OperationContext = {
  origin: { kind: 'local-user', userId: 'bench' },
  env: systemEnv,
};

/** Items per transaction: each becomes one update message, well under the message limits. */
const ITEMS_PER_BATCH = 250;

/**
 * Adds `count` roadmap items to the roadmap board in `doc` with the model's own `addItem`, as
 * people would (titles and a short description, spread over the lanes and horizons by the
 * model's defaults), `ITEMS_PER_BATCH` to a transaction.
 */
export function addRoadmapItems(doc: Y.Doc, count: number): void {
  for (let first = 0; first < count; first += ITEMS_PER_BATCH) {
    doc.transact(() => {
      for (let index = first; index < Math.min(count, first + ITEMS_PER_BATCH); index++) {
        addItem(doc, { title: `Roadmap item ${index + 1}: improve the onboarding flow` }, AS_BENCH);
      }
    });
  }
}
