import { FullPageMessage } from '../ui/FullPageMessage';

/** Route `/inbox`: mentions, replies and what changed on followed boards (docs/comments.md). */
export function InboxPage() {
  return <FullPageMessage title="Inbox" />;
}
