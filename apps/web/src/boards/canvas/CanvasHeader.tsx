import type { PresencePeer } from '../../sync/PresencePeer';
import type { SyncStatus } from '../../sync/deriveSyncStatus';
import { Icon } from '../../ui/Icon';
import { KindBoardHeader } from '../KindBoardHeader';
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

/** The shared board header, with Add note before the sync status. */
export function CanvasHeader({ onAddNote, ...header }: CanvasHeaderProps) {
  return (
    <KindBoardHeader
      {...header}
      tools={
        onAddNote && (
          <button type="button" className="button button--primary" onClick={onAddNote}>
            <Icon name="plus" /> Add note
          </button>
        )
      }
    />
  );
}
