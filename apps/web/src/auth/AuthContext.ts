import { createContext } from 'react';
import type { Me } from '../api/apiTypes';
import type { ApiClient } from '../api/createApiClient';
import type { Session } from './SessionContext';
import type { TabCredential } from './TabCredential';

/** Who this tab is, as far as the server has said. */
export type AuthState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'signed-in';
      readonly me: Me;
      /**
       * False when the server just said who this is; true when it could not be reached and the
       * app opened as the person it last answered for (src/offline/rememberedSession.ts).
       */
      readonly offline: boolean;
    }
  /** No credential in the tab and no valid session cookie: the sign-in page. */
  | { readonly kind: 'signed-out' }
  /** The tab's API token or share link was refused (401): revoked, expired or mistyped. */
  | { readonly kind: 'refused'; readonly credential: TabCredential }
  | { readonly kind: 'unreachable'; readonly message: string };

/** The tab's authentication and what can change it. */
export interface Auth {
  readonly state: AuthState;
  readonly credential: TabCredential | null;
  /** The API client with the tab's credentials; its 401s move the state out of `signed-in`. */
  readonly api: ApiClient;
  /** The session for the app's pages; null unless `state` is `signed-in`. */
  readonly session: Session | null;
  /**
   * Call after the server signed someone in (sign in, sign up) with the `Me` it answered. An API
   * token in the tab is forgotten: the person chose to be this account. A share link is kept.
   */
  readonly signedIn: (me: Me) => void;
  /**
   * Ends this session (or every session of the account), forgets the tab's credentials and
   * reloads on the sign-in page, so no socket or cache of the old session survives. Rejects with
   * an ApiError when the server could not be told; then nothing changes.
   */
  readonly signOut: (everywhere: boolean) => Promise<void>;
  /** Forgets the tab's API token or share link and asks the server again (cookie only). */
  readonly forgetCredential: () => void;
  /** Asks the server again after it could not be reached. */
  readonly retry: () => void;
}

export const AuthContext = createContext<Auth | null>(null);
