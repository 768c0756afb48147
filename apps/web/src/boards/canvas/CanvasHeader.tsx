import { renameBoard } from '@cairn/model';
import type { PresencePeer } from '../../sync/PresencePeer';
import type { SyncStatus } from '../../sync/deriveSyncStatus';
import { EditableText } from '../../ui/EditableText';
import { Icon } from '../../ui/Icon';
import { PresenceAvatars } from '../../ui/PresenceAvatars';
import { SyncStatusIndicator } from '../../ui/SyncStatusIndicator';
import type { CanvasOperation } from './CanvasOperation';

interface CanvasHeaderProps {
  readonly title: string;
  readonly readOnly: boolean;
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
  readonly perform: (operation: CanvasOperation) => string | null;
  /** Adds a note where the person is looking (null for read-only people). */
  readonly onAddNote: (() => void) | null;
  /** Shows the Share button (admins only). */
  readonly onShare: (() => void) | null;
}

/** Title (renamable by editors), "View only" badge, Add note, sync status, presence and Share. */
export function CanvasHeader(props: CanvasHeaderProps) {
  const { title, readOnly, status, peers, perform, onAddNote, onShare } = props;
  return (
    <header className="board-header">
      <div className="board-header__title-row">
        <h1 className="board-header__title">
          <EditableText
            value={title}
            label="Board title"
            hint="Rename board"
            readOnly={readOnly}
            onSave={(next) => perform((doc, ctx) => renameBoard(doc, next, ctx))}
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
        {onAddNote && (
          <button type="button" className="button button--primary" onClick={onAddNote}>
            <Icon name="plus" /> Add note
          </button>
        )}
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
