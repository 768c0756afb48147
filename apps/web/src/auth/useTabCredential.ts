import { useCallback, useEffect, useState } from 'react';
import { captureTokenFromUrl } from './captureTokenFromUrl';
import type { TabCredential } from './TabCredential';
import { tokenStorage } from './tokenStorage';

/**
 * The bearer credential of this tab (API token or share link), if any. Follows links pasted into
 * an open tab (only the fragment changes, so the page does not reload) and lets the person forget
 * a credential that stopped working or that they no longer want to use.
 */
export function useTabCredential(): {
  credential: TabCredential | null;
  forget: () => void;
} {
  const [credential, setCredential] = useState<TabCredential | null>(() => tokenStorage.read());

  useEffect(() => {
    const onHashChange = (): void => {
      const captured = captureTokenFromUrl();
      if (captured !== null) setCredential(captured);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const forget = useCallback(() => {
    tokenStorage.clear();
    setCredential(null);
  }, []);

  return { credential, forget };
}
