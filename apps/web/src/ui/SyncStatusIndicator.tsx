import type { SyncStatus } from '../sync/deriveSyncStatus';

/** The exact texts end-to-end tests look for (`waiting` reads "N changes waiting"). */
export const SYNC_STATUS_TEXT: Readonly<Record<Exclude<SyncStatus, 'waiting'>, string>> = {
  connecting: 'Connecting…',
  offline: 'Offline',
  saving: 'Saving…',
  saved: 'Saved',
};

/** "1 change waiting", "3 changes waiting". */
export function waitingText(changes: number): string {
  return `${changes} ${changes === 1 ? 'change' : 'changes'} waiting`;
}

const SYNC_STATUS_DETAIL: Readonly<Record<SyncStatus, string>> = {
  connecting: 'Connecting to the Cairn server.',
  offline:
    'No connection. You can keep editing: your changes stay in this browser and are sent when ' +
    'the connection returns.',
  waiting:
    'No connection. These changes stay in this browser and are sent when the connection returns.',
  saving: 'Sending your changes to the server.',
  saved: 'Every change is saved on the server.',
};

interface SyncStatusIndicatorProps {
  readonly status: SyncStatus;
  /** This person's edits not yet acknowledged by the server, shown when `status` is `waiting`. */
  readonly waitingChanges?: number;
}

/** Whether the person's edits are safe: a live region, so screen readers hear changes. */
export function SyncStatusIndicator({ status, waitingChanges = 0 }: SyncStatusIndicatorProps) {
  return (
    <span
      role="status"
      data-testid="sync-status"
      className={`sync-status sync-status--${status === 'waiting' ? 'offline' : status}`}
      data-status={status}
      title={SYNC_STATUS_DETAIL[status]}
    >
      {status === 'waiting' ? waitingText(waitingChanges) : SYNC_STATUS_TEXT[status]}
    </span>
  );
}
