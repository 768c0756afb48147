import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/ApiError';
import type { Me } from '../api/apiTypes';
import { createApiClient } from '../api/createApiClient';
import { AuthContext, type Auth, type AuthState } from './AuthContext';
import type { Session } from './SessionContext';
import type { TabCredential } from './TabCredential';
import { tokenStorage } from './tokenStorage';

interface AuthProviderProps {
  /** The tab's API token or share link; null when only the session cookie can speak. */
  readonly credential: TabCredential | null;
  readonly onForgetCredential: () => void;
  readonly children: ReactNode;
}

/**
 * Asks the server who this tab is (GET /api/me, with the tab's bearer secret and the session
 * cookie), then provides that to the app. A 401, now or later, means signed out (no credential)
 * or a refused link or token (with one). Render it with `key` set to the credential's secret, so
 * a new credential starts from a clean state.
 */
export function AuthProvider({ credential, onForgetCredential, children }: AuthProviderProps) {
  const [state, setState] = useState<AuthState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const token = credential?.secret ?? '';

  const api = useMemo(
    () =>
      createApiClient({
        token,
        onUnauthorized: () =>
          setState(credential === null ? { kind: 'signed-out' } : { kind: 'refused', credential }),
      }),
    [token, credential],
  );

  useEffect(() => {
    const controller = new AbortController();
    api.getMe(controller.signal).then(
      (me) => setState({ kind: 'signed-in', me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // A 401 already moved the state through onUnauthorized.
        if (error instanceof ApiError && error.isUnauthorized) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ kind: 'unreachable', message });
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  const signedIn = useCallback(
    (me: Me) => {
      if (credential?.kind === 'token') {
        // The tab remounts this provider for the cookie alone, which asks the server again.
        onForgetCredential();
      } else {
        setState({ kind: 'signed-in', me });
      }
    },
    [credential, onForgetCredential],
  );

  const signOut = useCallback(
    async (everywhere: boolean) => {
      await (everywhere ? api.signOutEverywhere() : api.signOut());
      tokenStorage.clear();
      window.location.assign('/signin');
    },
    [api],
  );

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const session = useMemo<Session | null>(
    () => (state.kind === 'signed-in' ? { token, me: state.me, api } : null),
    [state, token, api],
  );

  const auth = useMemo<Auth>(
    () => ({
      state,
      credential,
      api,
      session,
      signedIn,
      signOut,
      forgetCredential: onForgetCredential,
      retry,
    }),
    [state, credential, api, session, signedIn, signOut, onForgetCredential, retry],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
