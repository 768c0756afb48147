import type { SyncStatus } from '../sync/deriveSyncStatus';

/** The exact texts end-to-end tests look for. */
export const SYNC_STATUS_TEXT: Readonly<Record<SyncStatus, string>> = {
  connecting: 'Connecting…',
  offline: 'Offline',
  saving: 'Saving…',
  saved: 'Saved',
};

const SYNC_STATUS_DETAIL: Readonly<Record<SyncStatus, string>> = {
  connecting: 'Connecting to the Cairn server.',
  offline: 'No connection. Your changes stay in this tab and are sent when the connection returns.',
  saving: 'Sending your changes to the server.',
  saved: 'Every change is saved on the server.',
};

/** Whether the person's edits are safe: a live region, so screen readers hear changes. */
export function SyncStatusIndicator({ status }: { readonly status: SyncStatus }) {
  return (
    <span
      role="status"
      data-testid="sync-status"
      className={`sync-status sync-status--${status}`}
      data-status={status}
      title={SYNC_STATUS_DETAIL[status]}
    >
      {SYNC_STATUS_TEXT[status]}
    </span>
  );
}
