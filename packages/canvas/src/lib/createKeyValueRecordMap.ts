import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';
import { CANVAS_RECORDS } from './canvasRoots.js';
import type { RecordMap, RecordMapChange } from './RecordMap.js';

/** What `YKeyValue` keeps per entry in the array. */
type Entry = { key: string; val: unknown };

type KeyValueChanges = Map<
  string,
  | { action: 'add'; newValue: unknown }
  | { action: 'update'; newValue: unknown; oldValue: unknown }
  | { action: 'delete'; oldValue: unknown }
>;

/**
 * `YKeyValue` observes its array from construction and has no way to stop, and its constructor
 * removes duplicate keys in a transaction. One instance per array keeps both to once per
 * document however many bindings come and go.
 */
const keyValues = new WeakMap<Y.Array<Entry>, YKeyValue<unknown>>();

/**
 * The canvas records of `doc` as a {@link RecordMap} over the root `Y.Array`
 * {@link CANVAS_RECORDS}, through y-utility's `YKeyValue`.
 *
 * A write appends `{ key, val }` and deletes the key's previous entry; deleted array items merge
 * into compact ranges, so a document whose shapes move thousands of times stays about the size of
 * its live records. Concurrent writes of one key both land; the rightmost wins on every replica
 * and `YKeyValue` deletes the other.
 *
 * @public
 */
export function createKeyValueRecordMap(doc: Y.Doc): RecordMap {
  const array = doc.getArray<Entry>(CANVAS_RECORDS);
  let keyValue = keyValues.get(array);
  if (keyValue === undefined) {
    keyValue = new YKeyValue<unknown>(array);
    keyValues.set(array, keyValue);
  }
  const kv = keyValue;
  return {
    doc,
    get size() {
      return kv.map.size;
    },
    get: (id) => kv.get(id),
    entries: () => Array.from(kv.map, ([id, entry]): [string, unknown] => [id, entry.val]),
    set: (id, value) => kv.set(id, value),
    delete: (id) => kv.delete(id),
    observe(listener) {
      const onChange = (changes: KeyValueChanges, transaction: Y.Transaction) => {
        const list: RecordMapChange[] = [];
        for (const [id, change] of changes) {
          list.push(
            change.action === 'delete'
              ? { action: 'delete', id }
              : { action: 'put', id, value: change.newValue },
          );
        }
        listener(list, transaction);
      };
      kv.on('change', onChange);
      return () => kv.off('change', onChange);
    },
  };
}
