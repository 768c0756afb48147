import { useEffect } from 'react';

/** Keeps the tab's title in step with the board's ("Board · Cairn"), and resets it on leaving. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Cairn' : `${title} · Cairn`;
    return () => {
      document.title = 'Cairn';
    };
  }, [title]);
}
