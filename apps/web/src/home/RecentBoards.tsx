import { useId } from 'react';
import type { BoardSummary } from '../api/apiTypes';
import { BoardList } from './BoardList';

/** How many boards "Recently changed" shows: the few worth a glance, not a second full list. */
export const RECENT_COUNT = 5;

interface RecentBoardsProps {
  /** Every board, newest change first (the server's order). */
  readonly boards: readonly BoardSummary[];
  readonly now: number;
}

/** The few most recently changed boards of any kind, newest first, with relative times. */
export function RecentBoards({ boards, now }: RecentBoardsProps) {
  const headingId = useId();
  const recent = [...boards].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, RECENT_COUNT);
  if (recent.length === 0) return null;
  return (
    <section className="home__section" aria-labelledby={headingId} data-testid="recent-boards">
      <h2 id={headingId} className="home__section-heading">
        Recently changed
      </h2>
      <BoardList boards={recent} now={now} testId="recent-board" showKind />
    </section>
  );
}
