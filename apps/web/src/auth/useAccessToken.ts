import { useCallback, useEffect, useState } from 'react';
import { captureTokenFromUrl } from './captureTokenFromUrl';
import { tokenStorage } from './tokenStorage';

/**
 * The token of this tab. Follows access links pasted into an open tab (only the fragment
 * changes, so the page does not reload) and lets the person forget a token that stopped working.
 */
export function useAccessToken(): { token: string | null; forget: () => void } {
  const [token, setToken] = useState<string | null>(() => tokenStorage.read());

  useEffect(() => {
    const onHashChange = (): void => {
      const captured = captureTokenFromUrl();
      if (captured !== null) setToken(captured);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const forget = useCallback(() => {
    tokenStorage.clear();
    setToken(null);
  }, []);

  return { token, forget };
}
