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
import { closeReasonOf } from './closeReasonOf';
import { collabUrl } from './collabUrl';
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus';
import { statelessChannelOf, type StatelessChannel } from './StatelessChannel';

/** A board's live document and the state of its connection. */
export interface BoardDocument {
  /** The shared document; null until the provider is set up (the first render). */
  readonly doc: Y.Doc | null;
  readonly provider: HocuspocusProvider | null;
  /** Messages beside the document (see {@link StatelessChannel}); null before the provider exists. */
  readonly stateless: StatelessChannel | null;
  readonly status: SyncStatus;
  /** True once the first sync completed, so `doc` holds the board rather than nothing. */
  readonly synced: boolean;
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
  synced: false,
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
 */
export function useBoardDocument(boardId: string, token: string): BoardDocument {
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
    let connected = provider.configuration.websocketProvider.status === WebSocketStatus.Connected;
    let hasSynced = false;
    let hasDisconnected = false;
    let readOnly = false;
    let authentications = 0;
    let destroyed = false;
    let error: string | null = null;

    const publish = (): void => {
      const signals = { connected, hasSynced, hasDisconnected };
      setState({
        doc,
        provider,
        stateless,
        status: deriveSyncStatus({ ...signals, unsyncedChanges: provider.unsyncedChanges }),
        synced: hasSynced,
        error,
        readOnly,
        authentications,
      });
    };

    provider.on('status', ({ status }: onStatusParameters) => {
      connected = status === WebSocketStatus.Connected;
      if (status === WebSocketStatus.Disconnected) hasDisconnected = true;
      publish();
    });
    provider.on('synced', () => {
      hasSynced = true;
      publish();
    });
    provider.on('unsyncedChanges', publish);
    provider.on('authenticated', ({ scope }: onAuthenticatedParameters) => {
      readOnly = scope === 'readonly';
      authentications += 1;
      publish();
    });
    provider.on('close', ({ event }: onCloseParameters) => {
      switch (closeReasonOf(event)) {
        case 'access-ended':
          // Reconnecting would only be refused (session ended, link revoked, member removed).
          error = 'access-ended';
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
      provider.disconnect();
      publish();
    });
    // Presence starts with nothing open, so other people never see a stale `editing`.
    provider.setAwarenessField('editing', null);
    publish();

    return () => {
      destroyed = true;
      provider.destroy();
      doc.destroy();
      setState(INITIAL);
    };
  }, [boardId, token]);

  return state;
}
