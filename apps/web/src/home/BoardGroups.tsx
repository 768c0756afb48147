import { useId } from 'react';
import type { BoardSummary } from '../api/apiTypes';
import { BoardList } from './BoardList';
import { HOME_KINDS, isHomeKind, KIND_NAMES, type HomeKind } from './boardKinds';
import { KindIcon } from './KindIcon';

interface BoardGroupProps {
  readonly kind: HomeKind;
  readonly boards: readonly BoardSummary[];
  readonly now: number;
}

function BoardGroup({ kind, boards, now }: BoardGroupProps) {
  const headingId = useId();
  const names = KIND_NAMES[kind];
  return (
    <section
      className="board-group"
      aria-labelledby={headingId}
      data-testid="board-group"
      data-kind={kind}
    >
      <h3 id={headingId} className="board-group__heading">
        <KindIcon kind={kind} />
        <span>{names.many}</span>
        <span className="board-group__count" aria-label={`${boards.length} boards`}>
          {boards.length}
        </span>
      </h3>
      {boards.length === 0 ? (
        <p className="board-list__empty">No {names.many.toLowerCase()} yet.</p>
      ) : (
        <BoardList boards={boards} now={now} testId="board-list-item" showKind={false} />
      )}
    </section>
  );
}

interface BoardGroupsProps {
  /** The boards to show, newest change first. */
  readonly boards: readonly BoardSummary[];
  readonly now: number;
  /** While searching, kinds without a match are left out. */
  readonly hideEmpty: boolean;
}

/**
 * Every board grouped by kind, in a fixed order of kinds. Boards of a kind this client does not
 * know (from a newer server) are listed last under their raw kind name.
 */
export function BoardGroups({ boards, now, hideEmpty }: BoardGroupsProps) {
  const known = HOME_KINDS.map((kind) => ({
    kind,
    boards: boards.filter((board) => board.kind === kind),
  })).filter((group) => !hideEmpty || group.boards.length > 0);
  const unknown = boards.filter((board) => !isHomeKind(board.kind));
  return (
    <div className="board-groups">
      {known.map((group) => (
        <BoardGroup key={group.kind} kind={group.kind} boards={group.boards} now={now} />
      ))}
      {unknown.length > 0 && (
        <section className="board-group" aria-label="Other boards">
          <h3 className="board-group__heading">Other boards</h3>
          <BoardList boards={unknown} now={now} testId="board-list-item" showKind />
        </section>
      )}
    </div>
  );
}
