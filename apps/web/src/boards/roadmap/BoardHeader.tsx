import { renameBoard } from '@cairn/model';
import type { PresencePeer } from '../../sync/PresencePeer';
import type { SyncStatus } from '../../sync/deriveSyncStatus';
import { EditableText } from '../../ui/EditableText';
import { Icon } from '../../ui/Icon';
import { PresenceAvatars } from '../../ui/PresenceAvatars';
import { SyncStatusIndicator } from '../../ui/SyncStatusIndicator';
import { useRoadmap } from './useRoadmap';

interface BoardHeaderProps {
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
  /** Shows the Share button (admins only). */
  readonly onShare: (() => void) | null;
}

/** Title (renamable by editors), "View only" badge, sync status, presence and Share. */
export function BoardHeader({ status, peers, onShare }: BoardHeaderProps) {
  const { view, readOnly, perform } = useRoadmap();
  return (
    <header className="board-header">
      <div className="board-header__title-row">
        <h1 className="board-header__title">
          <EditableText
            value={view.title}
            label="Board title"
            hint="Rename board"
            readOnly={readOnly}
            onSave={(title) => perform((doc, ctx) => renameBoard(doc, title, ctx))}
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
