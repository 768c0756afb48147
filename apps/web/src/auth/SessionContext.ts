import { createContext } from 'react';
import type { ApiClient } from '../api/createApiClient';
import type { Me } from '../api/apiTypes';

/** The signed-in person: their token, who the server says they are, and an API client. */
export interface Session {
  readonly token: string;
  readonly me: Me;
  /** Calls made through it that answer 401 switch the app to the "link not valid" page. */
  readonly api: ApiClient;
}

export const SessionContext = createContext<Session | null>(null);
