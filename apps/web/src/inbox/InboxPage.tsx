import { Link } from 'react-router';
import type { BoardChanges, InboxItem } from '../api/commentTypes';
import { useSession } from '../auth/useSession';
import { parseCommentBody, plainTextOf } from '../comments/commentBody';
import { useNow } from '../comments/useNow';
import { RelativeTime } from '../ui/RelativeTime';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../comments/comments.css';
import './inbox.css';
import { useInbox } from './useInbox';

/** Where an inbox item leads: its board, with its thread open in the comments panel. */
export function threadPath(boardId: string, threadId: string): string {
  return `/b/${encodeURIComponent(boardId)}?thread=${encodeURIComponent(threadId)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface InboxEntryProps {
  readonly item: InboxItem;
  readonly meId: string;
  readonly meName: string;
  readonly now: number;
  readonly onOpen: () => void;
}

function InboxEntry({ item, meId, meName, now, onOpen }: InboxEntryProps) {
  const excerpt = plainTextOf(
    parseCommentBody(item.excerpt, (id) => (id === meId ? meName : null)),
  );
  const what = item.kind === 'mention' ? 'mentioned you' : 'replied';
  const board = item.boardTitle.trim() === '' ? 'Untitled board' : item.boardTitle;
  return (
    <li
      className={item.read ? 'inbox-item' : 'inbox-item inbox-item--unread'}
      data-testid="inbox-item"
      data-read={item.read}
    >
      <Link
        className="inbox-item__link"
        to={threadPath(item.boardId, item.threadId)}
        onClick={onOpen}
      >
        {!item.read && <span className="inbox-item__unread">Unread</span>}
        <span className="inbox-item__headline">
          <span dir="auto">{item.by.name}</span> {what} on <span dir="auto">{board}</span>
        </span>
        <span className="inbox-item__excerpt" dir="auto">
          {excerpt}
        </span>
        <span className="inbox-item__time">
          <RelativeTime ms={item.createdAt} now={now} />
        </span>
      </Link>
    </li>
  );
}

function ChangedBoard({ board, now }: { readonly board: BoardChanges; readonly now: number }) {
  const counts = [
    board.edits > 0 ? plural(board.edits, 'edit') : null,
    board.comments > 0 ? plural(board.comments, 'comment') : null,
  ].filter((part) => part !== null);
  const people = board.people.map((person) => person.name).join(', ');
  return (
    <li className="inbox-item" data-testid="changed-board">
      <Link className="inbox-item__link" to={`/b/${encodeURIComponent(board.boardId)}`}>
        <span className="inbox-item__headline" dir="auto">
          {board.title.trim() === '' ? 'Untitled board' : board.title}
        </span>
        <span className="inbox-item__excerpt">
          {counts.join(', ')}
          {people !== '' && (
            <>
              {' by '}
              <span dir="auto">{people}</span>
            </>
          )}
        </span>
        <span className="inbox-item__time">
          <RelativeTime ms={board.lastChangeAt} now={now} />
        </span>
      </Link>
    </li>
  );
}

/** Route `/inbox`: mentions, replies and what changed on followed boards (docs/comments.md). */
export function InboxPage() {
  const { token, me } = useSession();
  const { inbox, changes, error, markRead } = useInbox(token);
  const now = useNow();
  useDocumentTitle('Inbox');

  return (
    <main className="inbox-page">
      <header className="inbox-page__header">
        <h1>Inbox</h1>
        <button
          type="button"
          className="button"
          disabled={inbox === null || inbox.unread === 0}
          onClick={() => void markRead()}
        >
          Mark all read
        </button>
      </header>
      {error !== null && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="inbox-mentions">
        <h2 id="inbox-mentions">Mentions and replies</h2>
        {inbox === null ? (
          <p className="inbox-page__note">Loading…</p>
        ) : inbox.items.length === 0 ? (
          <p className="inbox-page__note">Nothing yet: mentions and replies to you show here.</p>
        ) : (
          <ul className="inbox-list">
            {inbox.items.map((item) => (
              <InboxEntry
                key={item.id}
                item={item}
                meId={me.id}
                meName={me.name}
                now={now}
                onOpen={() => {
                  if (!item.read) void markRead([item.id]);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="inbox-changes">
        <h2 id="inbox-changes">Since your last visit</h2>
        {changes === null ? (
          <p className="inbox-page__note">Loading…</p>
        ) : changes.length === 0 ? (
          <p className="inbox-page__note">No changes by others on the boards you follow.</p>
        ) : (
          <ul className="inbox-list">
            {changes.map((board) => (
              <ChangedBoard key={board.boardId} board={board} now={now} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
