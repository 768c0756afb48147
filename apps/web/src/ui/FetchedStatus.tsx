import type { Fetched } from './useFetched';

interface FetchedStatusProps {
  readonly state: Fetched<unknown>;
  /** What is fetched, as in "Loading members…": plural, lower case. */
  readonly what: string;
  readonly onRetry: () => void;
  /** A failure of the last change (not of the fetch), shown above. */
  readonly error?: string | null;
}

/**
 * What a fetched list says while it is not there: "Loading …", or why it failed with Try again;
 * plus the last change's error, if any. Renders nothing once loaded and fine.
 */
export function FetchedStatus({ state, what, onRetry, error = null }: FetchedStatusProps) {
  return (
    <>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {state.kind === 'loading' && <p aria-busy="true">Loading {what}…</p>}
      {state.kind === 'failed' && (
        <div className="form-error" role="alert">
          <p>
            Could not load the {what}: {state.message}
          </p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </>
  );
}
