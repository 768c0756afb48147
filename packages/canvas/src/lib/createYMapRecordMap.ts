import type * as Y from 'yjs';
import { CANVAS_RECORDS } from './canvasRoots.js';
import type { RecordMap, RecordMapChange } from './RecordMap.js';

/**
 * The canvas records of `doc` as a {@link RecordMap} over a plain root `Y.Map` named
 * {@link CANVAS_RECORDS}. **Only for measuring** against {@link createKeyValueRecordMap}: every
 * overwrite of a key leaves a tombstone item in the map that is never merged away, so a document
 * grows with every move. Do not use it for boards (and never on a document whose
 * {@link CANVAS_RECORDS} root is already the `Y.Array`: Yjs throws on a root of another type).
 *
 * @public
 */
export function createYMapRecordMap(doc: Y.Doc): RecordMap {
  const map = doc.getMap<unknown>(CANVAS_RECORDS);
  return {
    doc,
    get size() {
      return map.size;
    },
    get: (id) => map.get(id),
    entries: () => Array.from(map.entries()),
    set: (id, value) => map.set(id, value),
    delete: (id) => map.delete(id),
    observe(listener) {
      const onEvent = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
        const list: RecordMapChange[] = [];
        for (const id of event.keysChanged as Set<string>) {
          list.push(
            map.has(id) ? { action: 'put', id, value: map.get(id) } : { action: 'delete', id },
          );
        }
        if (list.length > 0) listener(list, transaction);
      };
      map.observe(onEvent);
      return () => map.unobserve(onEvent);
    },
  };
}
