import { useCallback, useEffect } from 'react';
import { useParams } from 'react-router';
import { FullPageMessage } from '../ui/FullPageMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFetched } from '../ui/useFetched';
import { fetchPublished } from './publishingApi';
import { PublishedLaunchView } from './PublishedLaunchView';
import { PublishedRoadmapView } from './PublishedRoadmapView';
import './publishing.css';

/** How often an open published page asks for the board again. */
const REFRESH_MS = 60_000;

/** Keeps search engines away from the page while it is open (the API says so too). */
function useNoIndex(): void {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.append(meta);
    return () => meta.remove();
  }, []);
}

/**
 * Route `/p/:secret`: a published roadmap or launch plan, read-only, for anyone with the
 * address (docs/publishing.md). No sign-in, no live connection: the board is fetched as JSON, again
 * every minute and whenever the tab comes back into focus. Every text is rendered as text.
 */
export function PublishedPage() {
  const { secret = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => fetchPublished(secret, signal), [secret]);
  const { state, reload } = useFetched(load);
  useNoIndex();
  useDocumentTitle(state.kind === 'loaded' ? state.value.title : 'Published board');

  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    window.addEventListener('focus', reload);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', reload);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  switch (state.kind) {
    case 'loading':
      return <FullPageMessage title="Opening the published board…" tone="busy" />;
    case 'failed':
      return (
        <FullPageMessage title="This board is not available" tone="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </FullPageMessage>
      );
    case 'loaded':
      return state.value.kind === 'roadmap' ? (
        <PublishedRoadmapView roadmap={state.value} />
      ) : (
        <PublishedLaunchView launch={state.value} />
      );
  }
}
