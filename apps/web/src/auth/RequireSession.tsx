import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageMessage } from '../ui/FullPageMessage';
import { AccessDeniedPage } from './AccessDeniedPage';
import { signInPathFor } from './nextPath';
import { SessionContext } from './SessionContext';
import { useAuth } from './useAuth';

/**
 * The gate of every page that needs to know who is there: while the server is asked, a loading
 * page; signed out, the sign-in page (which comes back here); a refused link or token, a page
 * that says so; otherwise the page, with the session provided.
 */
export function RequireSession({ children }: { readonly children: ReactNode }) {
  const { state, session, forgetCredential, retry } = useAuth();
  const location = useLocation();

  switch (state.kind) {
    case 'loading':
      return <FullPageMessage title="Opening Cairn…" tone="busy" />;
    case 'signed-out':
      return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />;
    case 'refused':
      return <AccessDeniedPage credential={state.credential} onForget={forgetCredential} />;
    case 'unreachable':
      return (
        <FullPageMessage title="Cairn is not reachable" tone="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </FullPageMessage>
      );
    case 'signed-in':
      return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }
}
