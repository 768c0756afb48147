import type * as Y from 'yjs';

/** lib0's observable, as Yjs 13 keeps a document's listeners. */
interface WithObservers {
  readonly _observers: Map<string, Set<unknown>>;
}

/**
 * Runs `work` on `doc` while it has no `update` listeners, and puts them back after. Yjs encodes
 * every transaction as an update message whenever someone listens for `update`; applying a
 * stored board to a document that is loading is not an edit, and for a 5,000-item roadmap (1.8
 * MB) encoding it again was about 60 ms of its cold load, for a message nobody should receive
 * (Hocuspocus would batch it for broadcast). Relies on Yjs 13 keeping listeners in `_observers`
 * (checked by its test, so an upgrade that changes it fails there).
 */
export function withoutUpdateEvents<T>(doc: Y.Doc, work: () => T): T {
  const observers = (doc as unknown as WithObservers)._observers;
  const listeners = observers.get('update');
  observers.delete('update');
  try {
    return work();
  } finally {
    if (listeners) observers.set('update', listeners);
  }
}
