import { Link } from 'react-router';
import type { BoardSummary } from '../api/apiTypes';
import { RelativeTime } from '../ui/RelativeTime';
import { isHomeKind, KIND_NAMES } from './boardKinds';

interface BoardListProps {
  readonly boards: readonly BoardSummary[];
  /** When the list was fetched, for "updated 5 minutes ago". */
  readonly now: number;
  /** `data-testid` of each row: `board-list-item` in the groups (one row per board there). */
  readonly testId: string;
  /** Shows the kind of each board (in lists that mix kinds). */
  readonly showKind: boolean;
}

/** Boards as rows with a link each, in the order given. */
export function BoardList({ boards, now, testId, showKind }: BoardListProps) {
  return (
    <ul className="board-list">
      {boards.map((board) => (
        <li
          key={board.id}
          className="board-list__item"
          data-testid={testId}
          data-board-id={board.id}
        >
          <Link className="board-list__link" to={`/b/${encodeURIComponent(board.id)}`}>
            <span className="board-list__title" dir="auto">
              {board.title === '' ? 'Untitled board' : board.title}
            </span>
            <span className="board-list__meta">
              {showKind && (
                <>
                  <span className="board-list__kind">
                    {isHomeKind(board.kind) ? KIND_NAMES[board.kind].one : board.kind}
                  </span>
                  <span aria-hidden="true"> · </span>
                </>
              )}
              <span>
                Updated <RelativeTime ms={board.updatedAt} now={now} />
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
