import {
  HocuspocusProvider,
  WebSocketStatus,
  type onAuthenticatedParameters,
  type onAuthenticationFailedParameters,
  type onCloseParameters,
  type onStatusParameters,
} from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { openBoardCache } from './BoardCache';
import { closeReasonOf } from './closeReasonOf';
import { refusalEndsCache } from './refusalEndsCache';
import { collabUrl } from './collabUrl';
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus';
import { statelessChannelOf, type StatelessChannel } from './StatelessChannel';
import { WaitingChanges } from './WaitingChanges';

/** A board's live document and the state of its connection. */
export interface BoardDocument {
  /** The shared document; null until the provider is set up (the first render). */
  readonly doc: Y.Doc | null;
  readonly provider: HocuspocusProvider | null;
  /** Messages beside the document (see {@link StatelessChannel}); null before the provider exists. */
  readonly stateless: StatelessChannel | null;
  readonly status: SyncStatus;
  /**
   * Local changes the server has not acknowledged yet: counted from this person's own updates
   * once this browser's copy of the board holds them (see {@link WaitingChanges}), and reset when
   * the provider's count of unacknowledged messages reaches zero while connected.
   */
  readonly waitingChanges: number;
  /**
   * True once `doc` holds the board rather than nothing: the first sync with the server
   * completed, or this browser's cached copy of the board loaded (opening offline).
   */
  readonly synced: boolean;
  /** The role stored with the cached copy (see {@link rememberRole}); null when none. */
  readonly cachedRole: string | null;
  /** Stores the person's role with the cached copy, for opening the board offline. */
  readonly rememberRole: (role: string) => void;
  /** Deletes this board's cached copy (the server said it is gone or no longer the person's). */
  readonly forgetCache: () => void;
  /**
   * Why the server refused or ended the connection: its refusal reason (`not-found`,
   * `unauthorized`, …), or `access-ended` when it closed an open connection because access is
   * gone. The provider stops retrying when this is set.
   */
  readonly error: string | null;
  /** The server accepted this connection read-only (viewers and commenters). */
  readonly readOnly: boolean;
  /**
   * How many times the server has accepted this connection. It grows after every reconnect,
   * including the one after the server closed the socket because the person's role changed, so
   * whatever depends on the role (GET /api/boards/:id/role) can ask again.
   */
  readonly authentications: number;
}

const INITIAL: BoardDocument = {
  doc: null,
  provider: null,
  stateless: null,
  status: 'connecting',
  waitingChanges: 0,
  synced: false,
  cachedRole: null,
  rememberRole: () => undefined,
  forgetCache: () => undefined,
  error: null,
  readOnly: false,
  authentications: 0,
};

/**
 * Opens board `boardId` over Hocuspocus with `token` and follows its connection. `token` is the
 * tab's API token or share link secret, or empty when the session cookie (sent with the
 * upgrade) authenticates. A new document and provider per board; both are destroyed on unmount
 * or when the board or token changes. When the server ends access the connection stops; when it
 * closes the connection because the role changed, the provider reconnects with the new role.
 *
 * The document is also kept in `userId`'s IndexedDB copy of the board (see BoardCache): a board
 * opened once opens from it when the server cannot be reached, edits made offline are sent by
 * the provider's sync on reconnect (its SyncStep2 carries everything the server lacks, and the
 * server acknowledges it), and a refusal by the server deletes the copy.
 */
export function useBoardDocument(boardId: string, token: string, userId: string): BoardDocument {
  const [state, setState] = useState<BoardDocument>(INITIAL);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: boardId,
      token,
      document: doc,
    });
    const stateless = statelessChannelOf(provider);
    const cache = openBoardCache(userId, boardId, doc);
    let connected = provider.configuration.websocketProvider.status === WebSocketStatus.Connected;
    let hasSynced = false;
    let hasDisconnected = false;
    let readOnly = false;
    let authentications = 0;
    let destroyed = false;
    let error: string | null = null;
    let cacheHoldsBoard = false;
    let cachedRole: string | null = null;

    // Only this person's edits wait: what the server or the cache put in the document is not.
    // They count once the cache has committed them, and React hears of it then, outside Yjs's
    // update event (see useDocView).
    const waiting = new WaitingChanges(cache.stored, () => publish());
    const forgetCache = (): void => cache.clear();
    // A read-only connection acknowledges nothing it is sent (the server answers "not applied"),
    // not even the cached copy's load that the provider forwards, and this person cannot edit:
    // nothing of theirs waits, whatever the provider counts.
    const unacknowledged = (): number => (readOnly ? 0 : provider.unsyncedChanges);
    const publish = (): void => {
      const waitingChanges = waiting.count;
      const signals = { connected, hasSynced, hasDisconnected, waitingChanges };
      setState({
        doc,
        provider,
        stateless,
        status: deriveSyncStatus({ ...signals, unsyncedChanges: unacknowledged() }),
        waitingChanges,
        synced: hasSynced || cacheHoldsBoard,
        cachedRole,
        rememberRole: cache.rememberRole,
        forgetCache,
        error,
        readOnly,
        authentications,
      });
    };

    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === cache.origin) return;
      waiting.edited();
    });
    void cache.loaded.then(async () => {
      const role = await cache.readRole();
      if (destroyed) return;
      cachedRole = role;
      // An empty copy (a board never opened here) must not show as an empty board.
      cacheHoldsBoard = doc.store.clients.size > 0;
      publish();
    });

    provider.on('status', ({ status }: onStatusParameters) => {
      connected = status === WebSocketStatus.Connected;
      if (status === WebSocketStatus.Disconnected) hasDisconnected = true;
      publish();
    });
    provider.on('synced', () => {
      hasSynced = true;
      publish();
    });
    provider.on('unsyncedChanges', () => {
      if (connected && unacknowledged() === 0) waiting.clear();
      publish();
    });
    provider.on('authenticated', ({ scope }: onAuthenticatedParameters) => {
      readOnly = scope === 'readonly';
      if (readOnly) waiting.clear();
      authentications += 1;
      publish();
    });
    provider.on('close', ({ event }: onCloseParameters) => {
      switch (closeReasonOf(event)) {
        case 'access-ended':
          // Reconnecting would only be refused (session ended, link revoked, member removed).
          error = 'access-ended';
          forgetCache();
          provider.disconnect();
          publish();
          break;
        case 'document-too-large':
          // The change that took the board past its size limit would be refused on every
          // reconnect, and from this browser's copy on every visit: stop, drop the copy (the
          // server keeps the board as it was before that change) and say why.
          error = 'document-too-large';
          forgetCache();
          provider.disconnect();
          publish();
          break;
        case 'role-changed':
          // A closed socket reconnects by itself. A document closed on an open socket does not:
          // authenticate and sync it again, as the provider does when a socket opens. (Not
          // detach and attach: detaching sends a close that the server would queue and apply to
          // the new connection.)
          setTimeout(() => {
            if (destroyed || error !== null) return;
            if (provider.configuration.websocketProvider.status !== WebSocketStatus.Connected) {
              return;
            }
            void provider.sendToken().then(() => {
              if (!destroyed) provider.startSync();
            });
          }, 0);
          break;
        case 'other':
          break;
      }
    });
    provider.on('authenticationFailed', ({ reason }: onAuthenticationFailedParameters) => {
      // Retrying with the same token would only be refused again.
      error = reason.trim() === '' ? 'The server refused access to this board.' : reason;
      if (refusalEndsCache(reason)) forgetCache();
      provider.disconnect();
      publish();
    });
    // The provider's retries back off to 30 s; when the browser says the network is back, try
    // at once, so waiting edits go out without a long wait.
    const reconnectNow = (): void => {
      if (destroyed || error !== null || connected) return;
      void provider.configuration.websocketProvider.connect();
    };
    window.addEventListener('online', reconnectNow);
    // Presence starts with nothing open, so other people never see a stale `editing`.
    provider.setAwarenessField('editing', null);
    publish();

    return () => {
      destroyed = true;
      waiting.stop();
      window.removeEventListener('online', reconnectNow);
      provider.destroy();
      cache.destroy();
      doc.destroy();
      setState(INITIAL);
    };
  }, [boardId, token, userId]);

  return state;
}
