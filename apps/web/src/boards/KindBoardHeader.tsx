import { renameBoard } from '@cairn/model';
import type { ReactNode } from 'react';
import { CommentsButton } from '../comments/CommentsButton';
import type { PresencePeer } from '../sync/PresencePeer';
import type { SyncStatus } from '../sync/deriveSyncStatus';
import { EditableText } from '../ui/EditableText';
import { Icon } from '../ui/Icon';
import { PresenceAvatars } from '../ui/PresenceAvatars';
import { SyncStatusIndicator } from '../ui/SyncStatusIndicator';
import { useBoardChrome } from './BoardChromeContext';
import { BoardActions } from './BoardActions';
import { UndoButtons } from './UndoButtons';
import type { KindOperation } from './useBoardOperation';

interface KindBoardHeaderProps {
  readonly title: string;
  readonly readOnly: boolean;
  readonly status: SyncStatus;
  readonly peers: readonly PresencePeer[];
  /** Runs the rename as the local person; returns the refusal message, or null. */
  readonly perform: (operation: KindOperation) => string | null;
  /** Shows the Share button (editors and admins of the board, see canShare). */
  readonly onShare: (() => void) | null;
  /** Tooltip of the "View only" badge, naming what the board is to its readers. */
  readonly readOnlyHint?: string;
  /** A class added to `board-header`, for a kind that lays its header out differently. */
  readonly className?: string;
  /** The kind's own fields, between the title row and the tools (the launch's date and tier). */
  readonly children?: ReactNode;
}

/**
 * The header every board kind shares: title (renamable by editors), "View only" badge, Undo and
 * Redo (editors of structured boards), sync status, presence and Share, with room for the kind's own fields and buttons. One markup and one
 * set of classes, so every board looks alike.
 */
export function KindBoardHeader({
  title,
  readOnly,
  status,
  peers,
  perform,
  onShare,
  readOnlyHint = 'You can read this board but not change it.',
  className,
  children,
}: KindBoardHeaderProps) {
  const { waitingChanges, undo } = useBoardChrome();
  return (
    <header className={className === undefined ? 'board-header' : `board-header ${className}`}>
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
          <span className="badge badge--view-only" title={readOnlyHint}>
            <Icon name="eye" /> View only
          </span>
        )}
      </div>
      {children}
      <div className="board-header__tools">
        {undo && !readOnly && <UndoButtons undo={undo} />}
        <SyncStatusIndicator status={status} waitingChanges={waitingChanges} />
        <PresenceAvatars peers={peers} />
        <CommentsButton />
        <BoardActions />
        {onShare && (
          <button type="button" className="button" onClick={onShare}>
            <Icon name="share" /> Share
          </button>
        )}
      </div>
    </header>
  );
}
