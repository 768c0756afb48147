import { useEffect, useState } from 'react';

/**
 * A container for dnd-kit's screen-reader live region, and a fix-up of that region's role.
 *
 * dnd-kit renders its announcer as `role="status"`. The board already has a status, the sync
 * indicator, and it must stay the only one: people using screen readers and end-to-end tests
 * both find it by that role. Drag announcements are a log of events anyway, so the region
 * becomes `role="log"`, keeping its `aria-live="assertive"`. dnd-kit never re-renders the role,
 * and a MutationObserver catches the region if it is ever re-created.
 */
export function useAnnouncerHost(): [HTMLElement | null, (element: HTMLElement | null) => void] {
  const [host, setHost] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (!host) return undefined;
    const retag = (): void => {
      for (const region of host.querySelectorAll('[role="status"]')) {
        region.setAttribute('role', 'log');
      }
    };
    retag();
    const observer = new MutationObserver(retag);
    observer.observe(host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['role'],
    });
    return () => observer.disconnect();
  }, [host]);

  return [host, setHost];
}
