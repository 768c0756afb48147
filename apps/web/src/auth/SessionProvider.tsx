import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/ApiError';
import type { Me } from '../api/apiTypes';
import { createApiClient } from '../api/createApiClient';
import { FullPageMessage } from '../ui/FullPageMessage';
import { AccessDeniedPage } from './AccessDeniedPage';
import { SessionContext, type Session } from './SessionContext';

type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly me: Me }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'unreachable'; readonly message: string };

interface SessionProviderProps {
  readonly token: string;
  readonly onForgetToken: () => void;
  readonly children: ReactNode;
}

/**
 * Asks the server who the token belongs to, then provides the session to the app. Any 401, now
 * or later, replaces the app with the "link no longer works" page. Render it with `key={token}`
 * so a new token starts from a clean state.
 */
export function SessionProvider({ token, onForgetToken, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const api = useMemo(
    () => createApiClient({ token, onUnauthorized: () => setState({ kind: 'unauthorized' }) }),
    [token],
  );

  useEffect(() => {
    const controller = new AbortController();
    api.getMe(controller.signal).then(
      (me) => setState({ kind: 'ready', me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.isUnauthorized) {
          setState({ kind: 'unauthorized' });
        } else {
          const message = error instanceof Error ? error.message : String(error);
          setState({ kind: 'unreachable', message });
        }
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  const session = useMemo<Session | null>(
    () => (state.kind === 'ready' ? { token, me: state.me, api } : null),
    [state, token, api],
  );

  switch (state.kind) {
    case 'loading':
      return <FullPageMessage title="Opening Cairn…" tone="busy" />;
    case 'unauthorized':
      return <AccessDeniedPage onForget={onForgetToken} />;
    case 'unreachable':
      return (
        <FullPageMessage title="Cairn is not reachable" tone="alert">
          <p>{state.message}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
        </FullPageMessage>
      );
    case 'ready':
      return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }
}
