import {
  HocuspocusProvider,
  WebSocketStatus,
  type onAuthenticatedParameters,
  type onAuthenticationFailedParameters,
  type onStatusParameters,
} from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
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
  /** Why the server refused the connection; the provider stops retrying when this is set. */
  readonly error: string | null;
  /** The server accepted this connection read-only (viewers and commenters). */
  readonly readOnly: boolean;
}

const INITIAL: BoardDocument = {
  doc: null,
  provider: null,
  stateless: null,
  status: 'connecting',
  synced: false,
  error: null,
  readOnly: false,
};

/**
 * Opens board `boardId` over Hocuspocus with `token` and follows its connection. A new document
 * and provider per board; both are destroyed on unmount or when the board or token changes.
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
      publish();
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
      provider.destroy();
      doc.destroy();
      setState(INITIAL);
    };
  }, [boardId, token]);

  return state;
}
