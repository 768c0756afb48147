import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/messageOf';

/** A list (or anything) fetched from the server, with when it arrived. */
export type Fetched<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly value: T; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Calls `load` when it changes (memoise it) and on `reload()`. A reload keeps showing the value
 * it replaces until the new one arrives, so lists do not blink after every change.
 */
export function useFetched<T>(load: (signal: AbortSignal) => Promise<T>): {
  readonly state: Fetched<T>;
  readonly reload: () => void;
} {
  const [state, setState] = useState<Fetched<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => setState({ kind: 'loaded', value, at: Date.now() }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: messageOf(error) });
      },
    );
    return () => controller.abort();
  }, [load, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { state, reload };
}
