import { useState } from 'react';
import { messageOf } from '../api/messageOf';

/** A panel's writes: one at a time, the server's refusal worded, the list reloaded after each. */
export interface ReloadingAction {
  readonly busy: boolean;
  /** The last write's failure, as the server worded it; null after a success. */
  readonly error: string | null;
  /** Runs `work`; on success calls `after` with its value and reloads the panel's list. */
  readonly run: <T>(work: () => Promise<T>, after: (value: T) => void) => void;
}

export function useReloadingAction(reload: () => void): ReloadingAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = <T>(work: () => Promise<T>, after: (value: T) => void): void => {
    setBusy(true);
    setError(null);
    work().then(
      (value) => {
        setBusy(false);
        after(value);
        reload();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(messageOf(failure));
      },
    );
  };
  return { busy, error, run };
}
