import type { PresencePeer } from '../sync/PresencePeer';
import type { SyncStatus } from '../sync/deriveSyncStatus';
import { EditableText } from '../ui/EditableText';
import { Icon } from '../ui/Icon';
import { PresenceAvatars } from '../ui/PresenceAvatars';
import { SyncStatusIndicator } from '../ui/SyncStatusIndicator';

interface KindBoardHeaderProps {
  readonly title: string;
  readonly readOnly: boolean;
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
  /** Renames the board; returns the refusal message, or null. */
  readonly onRename: (title: string) => string | null;
  /** Shows the Share button (admins only). */
  readonly onShare: (() => void) | null;
}

/**
 * Title (renamable by editors), "View only" badge, sync status, presence and Share, for board
 * kinds other than the roadmap (whose header reads its own context). Same markup and classes as
 * the roadmap's header, so every board looks alike.
 */
export function KindBoardHeader({
  title,
  readOnly,
  status,
  peers,
  onRename,
  onShare,
}: KindBoardHeaderProps) {
  return (
    <header className="board-header">
      <div className="board-header__title-row">
        <h1 className="board-header__title">
          <EditableText
            value={title}
            label="Board title"
            hint="Rename board"
            readOnly={readOnly}
            onSave={onRename}
          />
        </h1>
        {readOnly && (
          <span
            className="badge badge--view-only"
            title="You can read this board but not change it."
          >
            <Icon name="eye" /> View only
          </span>
        )}
      </div>
      <div className="board-header__tools">
        <SyncStatusIndicator status={status} />
        <PresenceAvatars peers={peers} />
        {onShare && (
          <button type="button" className="button" onClick={onShare}>
            <Icon name="share" /> Share
          </button>
        )}
      </div>
    </header>
  );
}
