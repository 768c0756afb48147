/**
 * What the person sees about their edits:
 * - `connecting`: the board has not arrived yet (first connection in progress);
 * - `offline`: the socket is down and none of this person's edits are waiting;
 * - `waiting`: the socket is down and some edits are waiting in this browser's cached copy of
 *   the board (a closed tab keeps them); they are sent on reconnect;
 * - `saving`: connected, and some edits are not yet acknowledged by the server (it acknowledges
 *   only after writing them durably);
 * - `saved`: connected, and every edit is acknowledged.
 */
export type SyncStatus = 'connecting' | 'offline' | 'waiting' | 'saving' | 'saved';

/** What the provider has told us so far. */
export interface SyncSignals {
  /** The socket is open (connecting and disconnected both count as not). */
  readonly connected: boolean;
  /** The first sync with the server completed at some point. */
  readonly hasSynced: boolean;
  /** The socket has dropped (or failed to open) at some point. */
  readonly hasDisconnected: boolean;
  /** The provider's count of updates the server has not acknowledged. */
  readonly unsyncedChanges: number;
  /** This person's edits the server has not acknowledged (see useBoardDocument). */
  readonly waitingChanges: number;
}

/**
 * Folds the provider's signals into one status. Before the first sync we say "connecting" rather
 * than "offline" until a connection attempt has failed, so a normal page load never flashes
 * "Offline"; after a drop, reconnection attempts keep showing "offline" (or "waiting") until the
 * socket is up.
 */
export function deriveSyncStatus(signals: SyncSignals): SyncStatus {
  if (!signals.connected) {
    if (!signals.hasSynced && !signals.hasDisconnected) return 'connecting';
    return signals.waitingChanges > 0 ? 'waiting' : 'offline';
  }
  if (!signals.hasSynced) return 'connecting';
  return signals.unsyncedChanges > 0 ? 'saving' : 'saved';
}
