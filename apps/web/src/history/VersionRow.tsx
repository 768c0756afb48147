import { useState } from 'react';
import { RelativeTime } from '../ui/RelativeTime';
import type { VersionSummary } from './historyTypes';

/** What the person may do with versions on this board. */
export interface VersionPermissions {
  /** Editors: roll back. */
  readonly canEdit: boolean;
  /** Editors who may also create boards: restore as a copy. */
  readonly canCopy: boolean;
  /** Board admins: delete. */
  readonly canDelete: boolean;
}

interface VersionRowProps {
  readonly version: VersionSummary;
  readonly now: number;
  readonly permissions: VersionPermissions;
  /** The action under way on this row, whose button waits; null when none. */
  readonly busy: string | null;
  readonly onCompare: () => void;
  readonly onRollBack: () => void;
  readonly onCopy: () => void;
  readonly onDelete: () => void;
}

/**
 * One version: its name, who took it and when, and what the person may do with it. Rolling back
 * and deleting ask once more in place.
 */
export function VersionRow({
  version,
  now,
  permissions,
  busy,
  onCompare,
  onRollBack,
  onCopy,
  onDelete,
}: VersionRowProps) {
  const [confirming, setConfirming] = useState<'rollback' | 'delete' | null>(null);
  const name = `“${version.name}”`;
  return (
    <li className="version-list__item" data-testid="version">
      <div className="version-list__main">
        <p className="version-list__name" dir="auto">
          {version.name}
        </p>
        <p className="version-list__meta">
          {version.scheduled ? 'Automatic, scheduled by ' : 'Saved by '}
          <bdi>{version.author.name}</bdi> <RelativeTime ms={version.createdAt} now={now} />
        </p>
      </div>
      {confirming === null ? (
        <div className="version-list__actions">
          <button type="button" className="button" disabled={busy !== null} onClick={onCompare}>
            {busy === 'compare' ? 'Comparing…' : 'Compare with now'}
          </button>
          {permissions.canCopy && (
            <button type="button" className="button" disabled={busy !== null} onClick={onCopy}>
              {busy === 'copy' ? 'Copying…' : 'Restore as copy'}
            </button>
          )}
          {permissions.canEdit && (
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => setConfirming('rollback')}
            >
              {busy === 'rollback' ? 'Rolling back…' : 'Roll back to this'}
            </button>
          )}
          {permissions.canDelete && (
            <button
              type="button"
              className="button button--danger-text"
              aria-label={`Delete version ${name}`}
              disabled={busy !== null}
              onClick={() => setConfirming('delete')}
            >
              Delete
            </button>
          )}
        </div>
      ) : (
        <div
          className="version-list__confirm"
          role="group"
          aria-label={confirming === 'rollback' ? `Confirm rolling back` : `Confirm deleting`}
        >
          <p>
            {confirming === 'rollback' ? (
              <>
                Roll the board back to <bdi>{name}</bdi>? Everyone on the board sees it at once; the
                board as it is now is saved as a version first.
              </>
            ) : (
              <>
                Delete the version <bdi>{name}</bdi>? This cannot be undone.
              </>
            )}
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(null)}
          >
            Cancel
          </button>
          <button
            type="button"
            className={
              confirming === 'rollback' ? 'button button--primary' : 'button button--danger'
            }
            autoFocus
            onClick={() => {
              const act = confirming === 'rollback' ? onRollBack : onDelete;
              setConfirming(null);
              act();
            }}
          >
            {confirming === 'rollback' ? 'Roll back' : 'Delete'}
          </button>
        </div>
      )}
    </li>
  );
}
