import { Link } from 'react-router';
import type { BoardSummary } from '../api/apiTypes';
import { RelativeTime } from '../ui/RelativeTime';

const KIND_LABEL: Readonly<Record<string, string>> = {
  roadmap: 'Roadmap',
  strategy: 'Strategy',
  personas: 'Personas',
  launch: 'Launch plan',
  canvas: 'Canvas',
};

interface BoardListProps {
  readonly boards: readonly BoardSummary[];
  /** When the list was fetched, for "updated 5 minutes ago". */
  readonly now: number;
}

/** The boards this person can open, most recently updated first (the server's order). */
export function BoardList({ boards, now }: BoardListProps) {
  if (boards.length === 0) {
    return <p className="board-list__empty">No boards yet.</p>;
  }
  return (
    <ul className="board-list">
      {boards.map((board) => (
        <li
          key={board.id}
          className="board-list__item"
          data-testid="board-list-item"
          data-board-id={board.id}
        >
          <Link className="board-list__link" to={`/b/${encodeURIComponent(board.id)}`}>
            <span className="board-list__title" dir="auto">
              {board.title === '' ? 'Untitled board' : board.title}
            </span>
            <span className="board-list__meta">
              <span className="board-list__kind">{KIND_LABEL[board.kind] ?? board.kind}</span>
              <span aria-hidden="true"> · </span>
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
