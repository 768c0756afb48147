import { useEffect, useState } from 'react';
import { useSession } from '../../../auth/useSession';

/**
 * tldraw's licence key from the server (TLDRAW_LICENSE_KEY, read at run time), or undefined until
 * it arrives or when none is configured: tldraw needs none on localhost.
 */
export function useTldrawLicenseKey(): string | undefined {
  const { api } = useSession();
  const [key, setKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    api.getConfig(controller.signal).then(
      (config) => setKey(config.tldrawLicenseKey ?? undefined),
      // Without the key tldraw still works (it shows its own notice in production).
      () => undefined,
    );
    return () => controller.abort();
  }, [api]);
  return key;
}
