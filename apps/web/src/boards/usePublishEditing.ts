import { useEffect } from 'react';

/**
 * While an entry's dialog is open, tells other people (through presence) that this person is
 * editing it, and stops on closing. Read-only people never show as editing.
 */
export function usePublishEditing(
  entryId: string,
  readOnly: boolean,
  setEditing: (entryId: string | null) => void,
): void {
  useEffect(() => {
    if (readOnly) return undefined;
    setEditing(entryId);
    return () => setEditing(null);
  }, [entryId, readOnly, setEditing]);
}
