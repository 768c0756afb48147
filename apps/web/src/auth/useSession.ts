import { useContext } from 'react';
import { SessionContext, type Session } from './SessionContext';

/** The current session; only for components rendered inside RequireSession (every app page). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <RequireSession>.');
  return session;
}
