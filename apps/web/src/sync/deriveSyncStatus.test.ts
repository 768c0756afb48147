import { describe, expect, it } from 'vitest';
import { deriveSyncStatus, type SyncSignals } from './deriveSyncStatus';

const SAVED: SyncSignals = {
  connected: true,
  hasSynced: true,
  hasDisconnected: false,
  unsyncedChanges: 0,
  waitingChanges: 0,
};

describe('deriveSyncStatus', () => {
  it('says connecting on a first load, before any attempt failed', () => {
    expect(deriveSyncStatus({ ...SAVED, connected: false, hasSynced: false })).toBe('connecting');
    expect(deriveSyncStatus({ ...SAVED, hasSynced: false })).toBe('connecting');
  });

  it('says offline when the socket is down and nothing of this person waits', () => {
    expect(deriveSyncStatus({ ...SAVED, connected: false, hasDisconnected: true })).toBe('offline');
    // A board opened from the cache while the server is down: never synced, attempt failed.
    expect(
      deriveSyncStatus({ ...SAVED, connected: false, hasSynced: false, hasDisconnected: true }),
    ).toBe('offline');
  });

  it('says waiting when the socket is down and edits wait, whatever the provider counts', () => {
    const offline = { ...SAVED, connected: false, hasDisconnected: true };
    expect(deriveSyncStatus({ ...offline, waitingChanges: 3, unsyncedChanges: 0 })).toBe('waiting');
    expect(deriveSyncStatus({ ...offline, waitingChanges: 1, unsyncedChanges: 7 })).toBe('waiting');
  });

  it('says saving while connected with unacknowledged updates, then saved', () => {
    expect(deriveSyncStatus({ ...SAVED, unsyncedChanges: 2, waitingChanges: 2 })).toBe('saving');
    expect(deriveSyncStatus(SAVED)).toBe('saved');
  });
});
