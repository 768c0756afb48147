import { useContext, useEffect, useState } from 'react';
import { hasRole } from '../auth/hasRole';
import { SessionContext } from '../auth/SessionContext';
import { useBoardChrome } from '../boards/BoardChromeContext';
import { Dialog } from '../ui/Dialog';
import { ComparisonResult, stateName } from './ComparisonResult';
import { stopComparing, useComparison } from './comparisonStore';
import { useLiveComparison } from './useLiveComparison';
import { VersionsDialog } from './VersionsDialog';
import './history.css';

/**
 * Named versions of the board, diffs and restore (docs/history.md), in every board header.
 * While a comparison is on, says so next to the button, with its changelog and Stop comparing;
 * roadmap cards mark what changed meanwhile.
 */
export function VersionsButton() {
  const { board } = useBoardChrome();
  const session = useContext(SessionContext);
  const [open, setOpen] = useState(false);
  const [changelogOpen, setChangelogOpen] = useState(false);
  const comparison = useComparison(board?.id);
  const boardId = board?.id;

  // Leaving the board ends its comparison.
  useEffect(() => () => stopComparing(boardId), [boardId]);
  useLiveComparison(comparison, board?.doc, session?.token ?? '');

  if (board === null || session === null) return null;
  const canEdit = hasRole(board.role, 'editor');
  const permissions = {
    canEdit,
    canCopy: canEdit && hasRole(session.me.role, 'editor'),
    canDelete: hasRole(board.role, 'admin'),
  };
  const count = comparison?.diff.changes.length ?? 0;

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Versions
      </button>
      {comparison && (
        <div className="comparison-bar" role="status" data-testid="comparison-bar">
          <span>
            Compared <bdi>{stateName(comparison.diff.from)}</bdi> with{' '}
            <bdi>{stateName(comparison.diff.to)}</bdi>: {count} {count === 1 ? 'change' : 'changes'}
          </span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setChangelogOpen(true)}
          >
            Changelog
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => stopComparing(board.id)}
          >
            Stop comparing
          </button>
        </div>
      )}
      {open && (
        <VersionsDialog
          boardId={board.id}
          token={session.token}
          permissions={permissions}
          onClose={() => setOpen(false)}
        />
      )}
      {changelogOpen && comparison && (
        <Dialog title="Changes" onClose={() => setChangelogOpen(false)} className="versions-dialog">
          <ComparisonResult diff={comparison.diff} />
        </Dialog>
      )}
    </>
  );
}
