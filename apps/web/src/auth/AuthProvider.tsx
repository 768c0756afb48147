import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/ApiError';
import type { Me } from '../api/apiTypes';
import { createApiClient } from '../api/createApiClient';
import { forgetRemembered, recallMe, rememberMe } from '../offline/rememberedSession';
import { deleteBoardCaches } from '../sync/BoardCache';
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

/** How often the app asks the server again while it opened offline. */
const OFFLINE_RETRY_MS = 30_000;

/** The server is down or unreachable, as opposed to answering with a refusal. */
function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/**
 * Asks the server who this tab is (GET /api/me, with the tab's bearer secret and the session
 * cookie), then provides that to the app. A 401, now or later, means signed out (no credential)
 * or a refused link or token (with one). When the server cannot be reached, the app opens as the
 * person it last answered for (if it ever did in this browser), so boards kept on this device
 * open offline; it keeps asking (when the browser comes online, and every 30 s) and takes the
 * server's answer once there is one. Render it with `key` set to the credential's secret, so a
 * new credential starts from a clean state.
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
      (me) => {
        rememberMe(token, me);
        setState({ kind: 'signed-in', me, offline: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // A 401 already moved the state through onUnauthorized.
        if (error instanceof ApiError && error.isUnauthorized) return;
        const remembered = isUnreachable(error) ? recallMe(token) : null;
        if (remembered) {
          // Asking again while offline changes nothing the pages hold on to.
          setState((previous) =>
            previous.kind === 'signed-in' && previous.offline
              ? previous
              : { kind: 'signed-in', me: remembered.value, offline: true },
          );
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        setState({ kind: 'unreachable', message });
      },
    );
    return () => controller.abort();
  }, [api, token, attempt]);

  // Opened offline: ask again when the browser says it is online, and now and then.
  const offline = state.kind === 'signed-in' && state.offline;
  useEffect(() => {
    if (!offline) return;
    const askAgain = () => setAttempt((n) => n + 1);
    window.addEventListener('online', askAgain);
    const timer = window.setInterval(askAgain, OFFLINE_RETRY_MS);
    return () => {
      window.removeEventListener('online', askAgain);
      window.clearInterval(timer);
    };
  }, [offline]);

  const signedIn = useCallback(
    (me: Me) => {
      if (credential?.kind === 'token') {
        // The tab remounts this provider for the cookie alone, which asks the server again.
        onForgetCredential();
      } else {
        rememberMe(token, me);
        setState({ kind: 'signed-in', me, offline: false });
      }
    },
    [credential, token, onForgetCredential],
  );

  const signedInAs = state.kind === 'signed-in' ? state.me.id : null;
  const signOut = useCallback(
    async (everywhere: boolean) => {
      await (everywhere ? api.signOutEverywhere() : api.signOut());
      tokenStorage.clear();
      // The next person at this browser must not open this one's boards offline.
      forgetRemembered();
      if (signedInAs !== null) await deleteBoardCaches(signedInAs);
      window.location.assign('/signin');
    },
    [api, signedInAs],
  );

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const session = useMemo<Session | null>(
    () =>
      state.kind === 'signed-in' ? { token, me: state.me, offline: state.offline, api } : null,
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
