import { linkKey, type BoardKind, type LinkTarget } from '@cairn/model';
import { useEffect, useId, useState } from 'react';
import { searchLinkCandidates, type LinkCandidate } from './linkApi';
import { linkKindLabel } from './linkKindLabel';

/** How long typing pauses before the search runs. */
const SEARCH_DELAY_MS = 200;

interface LinkSearchProps {
  readonly token: string;
  readonly targetKinds: readonly BoardKind[];
  /** Targets already linked, left out of the results. */
  readonly linked: readonly LinkTarget[];
  readonly onPick: (candidate: LinkCandidate) => void;
}

/** The search box of the link panel: finds entries (or launch boards) to link to by title. */
export function LinkSearch({ token, targetKinds, linked, onPick }: LinkSearchProps) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  // Tagged with the query they answer, so a stale answer is never shown for a newer query.
  const [answer, setAnswer] = useState<{ query: string; results: readonly LinkCandidate[] } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const kinds = targetKinds.join(',');

  useEffect(() => {
    if (query.trim() === '') return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      Promise.all(
        kinds
          .split(',')
          .map((kind) => searchLinkCandidates(token, kind as BoardKind, query, controller.signal)),
      ).then(
        (lists) => {
          setAnswer({ query, results: lists.flat() });
          setError(null);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [token, kinds, query]);

  const results = query.trim() !== '' && answer?.query === query ? answer.results : null;
  const linkedKeys = new Set(linked.map(linkKey));
  const offered = (results ?? []).filter((candidate) => !linkedKeys.has(linkKey(candidate)));

  return (
    <div className="field link-search">
      <label htmlFor={inputId}>Link to…</label>
      <input
        id={inputId}
        type="text"
        enterKeyHint="search"
        dir="auto"
        autoComplete="off"
        placeholder={`Search ${targetKinds.map((kind) => linkKindLabel(kind).toLowerCase()).join(' or ')}s`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {results !== null && offered.length === 0 && error === null && (
        <p className="link-search__empty" role="status">
          Nothing to link matches “{query.trim()}”.
        </p>
      )}
      {offered.length > 0 && (
        <ul className="link-search__results" aria-label="Search results">
          {offered.map((candidate) => {
            const title = candidate.itemTitle ?? candidate.boardTitle ?? candidate.boardId;
            return (
              <li key={linkKey(candidate)}>
                <button
                  type="button"
                  className="link-search__result"
                  aria-label={`Link to ${title}`}
                  onClick={() => {
                    onPick(candidate);
                    setQuery('');
                  }}
                >
                  <span dir="auto">{title}</span>
                  <span className="link-search__where" dir="auto">
                    {linkKindLabel(candidate.boardKind)}
                    {candidate.itemId !== null && ` · ${candidate.boardTitle ?? ''}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
