import type { Awareness } from 'y-protocols/awareness';

/** lib0's observable, as y-protocols' Awareness keeps its listeners. */
interface WithObservers {
  readonly _observers: Map<string, Set<unknown>>;
}

/**
 * Takes Hocuspocus 4.7's `onAwarenessUpdate` hook listener off a loaded document's awareness.
 * Hocuspocus adds it to every document it loads, and on every presence change it builds the
 * hook's payload, an array of every person's state on the board, and runs the hook chain, even
 * when no extension has the hook (without Redis none of Cairn's has): 2.7 % of the server's time
 * in a profile of the fan-out benchmark. Found by its source, the one listener that names the
 * hook; false when there is none (`CairnHocuspocus.test.ts` fails if a release changes that).
 */
export function dropAwarenessUpdateHook(awareness: Awareness): boolean {
  const listeners = (awareness as unknown as WithObservers)._observers.get('update') ?? new Set();
  for (const listener of listeners) {
    if (typeof listener === 'function' && listener.toString().includes('onAwarenessUpdate')) {
      awareness.off('update', listener);
      return true;
    }
  }
  return false;
}
