import { createContext } from 'react';
import type { ApiClient } from '../api/createApiClient';
import type { Me } from '../api/apiTypes';

/** The person using the app: their bearer secret, who the server says they are, an API client. */
export interface Session {
  /**
   * The tab's bearer secret, sent as `Authorization: Bearer` and as the provider token: an API
   * token or a share link's secret. Empty when the session cookie authenticates alone.
   */
  readonly token: string;
  readonly me: Me;
  /** The server could not be reached: `me` is who it last said this is. */
  readonly offline: boolean;
  /** Calls made through it that answer 401 end the session in the app (sign-in or link page). */
  readonly api: ApiClient;
}

export const SessionContext = createContext<Session | null>(null);
