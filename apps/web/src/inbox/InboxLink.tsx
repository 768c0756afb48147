import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { fetchInbox } from '../api/commentsApi';
import { useSession } from '../auth/useSession';
import '../comments/comments.css';
import { onInboxChanged } from './inboxChanged';

/** How often the unread count is asked for while the tab is open. */
const POLL_MS = 30_000;

/**
 * The app bar's link to the inbox, with the number of unread items: asked for every 30 s, when
 * the window gets focus, on every navigation and after the inbox page marks items read.
 */
export function InboxLink() {
  const { token } = useSession();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let controller = new AbortController();
    const check = (): void => {
      controller.abort();
      controller = new AbortController();
      const { signal } = controller;
      fetchInbox(token, signal).then(
        (inbox) => setUnread(inbox.unread),
        () => {
          // No count beats a wrong one; the next poll tries again.
          if (!signal.aborted) setUnread(null);
        },
      );
    };
    check();
    const timer = setInterval(check, POLL_MS);
    window.addEventListener('focus', check);
    const unsubscribe = onInboxChanged(check);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener('focus', check);
      unsubscribe();
    };
  }, [token, pathname]);

  return (
    <Link
      to="/inbox"
      className="app-bar__inbox"
      data-testid="inbox-link"
      aria-label={unread !== null && unread > 0 ? `Inbox, ${unread} unread` : 'Inbox'}
    >
      Inbox
      {unread !== null && unread > 0 && (
        <span className="comment-count" data-testid="inbox-unread" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
