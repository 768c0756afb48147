import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError';
import { fetchBoardChanges, fetchInbox, markInboxRead } from '../api/commentsApi';
import type { BoardChanges, Inbox } from '../api/commentTypes';
import { notifyInboxChanged } from './inboxChanged';

export interface InboxState {
  /** Null until loaded. */
  readonly inbox: Inbox | null;
  /** Null until loaded. */
  readonly changes: readonly BoardChanges[] | null;
  readonly error: string | null;
  /** Marks `ids` read (every item when undefined), at once on the page, then on the server. */
  readonly markRead: (ids?: readonly string[]) => Promise<void>;
}

function reason(failure: unknown): string {
  return failure instanceof ApiError ? failure.message : 'The inbox could not be loaded.';
}

/** The person's inbox and the boards changed since their last visit, loaded once. */
export function useInbox(token: string): InboxState {
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [changes, setChanges] = useState<readonly BoardChanges[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const failed = (failure: unknown) => {
      if (!controller.signal.aborted) setError(reason(failure));
    };
    fetchInbox(token, controller.signal).then(setInbox, failed);
    fetchBoardChanges(token, controller.signal).then(setChanges, failed);
    return () => controller.abort();
  }, [token]);

  const markRead = useCallback(
    async (ids?: readonly string[]) => {
      const marked = (id: string) => ids === undefined || ids.includes(id);
      setInbox((current) => {
        if (current === null) return current;
        const items = current.items.map((item) =>
          marked(item.id) ? { ...item, read: true } : item,
        );
        return { unread: items.filter((item) => !item.read).length, items };
      });
      try {
        await markInboxRead(token, ids);
      } catch (failure) {
        setError(reason(failure));
      }
      notifyInboxChanged();
    },
    [token],
  );

  return { inbox, changes, error, markRead };
}
