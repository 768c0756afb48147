import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
  type onAuthenticatedParameters,
  type onAuthenticationFailedParameters,
} from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * Another board's document as a card on this page sees it:
 * - `connecting`: not synced yet (first connection in progress, or the server is unreachable);
 * - `ready`: `doc` holds the board, live; it stays ready through a dropped socket, and edits made
 *   meanwhile are sent on reconnect;
 * - `refused`: the server would not open it (`unauthorized`, `not-found`, or its own words).
 */
export type LinkedBoardState =
  | { readonly status: 'connecting' }
  | {
      readonly status: 'ready';
      readonly doc: Y.Doc;
      /** The server accepted this person read-only on that board: it drops their updates. */
      readonly readOnly: boolean;
      /** Bumped on every change of `doc`, so a new state object means "read again". */
      readonly version: number;
    }
  | { readonly status: 'refused'; readonly reason: string };

/** A hold on one linked board; the board stays open until every holder has released it. */
export interface LinkedBoardLease {
  readonly subscribe: (listener: () => void) => () => void;
  readonly release: () => void;
}

const CONNECTING: LinkedBoardState = { status: 'connecting' };

/**
 * Linked providers share no awareness (a card is not a visit: the person must not show up in the
 * other board's presence), so nothing else makes the server talk on a quiet board, and the
 * provider closes a socket that stays silent for 30 s. A sync request this often keeps the socket
 * alive and heals any update that was missed.
 */
const KEEPALIVE_MS = 10_000;

/** One open linked board: its document, provider and the holders that need it. */
class LinkedBoardConnection {
  private readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly listeners = new Set<() => void>();
  private readOnly = false;
  state: LinkedBoardState = CONNECTING;
  holders = 0;

  constructor(socket: HocuspocusProviderWebsocket, boardId: string, token: string) {
    this.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: boardId,
      token,
      document: this.doc,
      awareness: null,
    });
    this.provider.on('authenticated', ({ scope }: onAuthenticatedParameters) => {
      this.readOnly = scope === 'readonly';
    });
    this.provider.on('synced', () => this.publishReady());
    this.provider.on('authenticationFailed', ({ reason }: onAuthenticationFailedParameters) => {
      // Retrying with the same token would only be refused again.
      this.provider.detach();
      this.publish({ status: 'refused', reason: reason.trim() === '' ? 'refused' : reason });
    });
    this.doc.on('update', () => {
      if (this.state.status === 'ready') this.publishReady();
    });
    // A provider on a shared socket is not attached by its constructor.
    this.provider.attach();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  keepAlive(): void {
    if (this.state.status === 'ready') this.provider.forceSync();
  }

  destroy(): void {
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private publishReady(): void {
    const version = this.state.status === 'ready' ? this.state.version + 1 : 0;
    this.publish({ status: 'ready', doc: this.doc, readOnly: this.readOnly, version });
  }

  private publish(state: LinkedBoardState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}

/**
 * The other boards cards on this page mirror, each opened once however many cards show it, all on
 * one WebSocket (Hocuspocus 4 multiplexes documents over a `HocuspocusProviderWebsocket`). A board
 * is closed when its last holder releases it, and the socket when no board is open.
 */
export class LinkedBoardPool {
  private socket: HocuspocusProviderWebsocket | null = null;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  private readonly connections = new Map<string, LinkedBoardConnection>();

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** The current state of board `boardId`: `connecting` while nobody holds it. */
  stateOf(boardId: string): LinkedBoardState {
    return this.connections.get(boardId)?.state ?? CONNECTING;
  }

  /** Opens board `boardId` (or joins those already holding it) until the lease is released. */
  acquire(boardId: string): LinkedBoardLease {
    const connection = this.connections.get(boardId) ?? this.open(boardId);
    connection.holders += 1;
    let released = false;
    return {
      subscribe: (listener) => connection.subscribe(listener),
      release: () => {
        if (released) return;
        released = true;
        connection.holders -= 1;
        if (connection.holders === 0) this.close(boardId, connection);
      },
    };
  }

  private open(boardId: string): LinkedBoardConnection {
    if (this.socket === null) {
      const socket = new HocuspocusProviderWebsocket({ url: this.url });
      this.socket = socket;
      this.keepAliveTimer = setInterval(() => {
        if (socket.status !== WebSocketStatus.Connected) return;
        this.connections.forEach((connection) => connection.keepAlive());
      }, KEEPALIVE_MS);
    }
    const connection = new LinkedBoardConnection(this.socket, boardId, this.token);
    this.connections.set(boardId, connection);
    return connection;
  }

  private close(boardId: string, connection: LinkedBoardConnection): void {
    connection.destroy();
    this.connections.delete(boardId);
    if (this.connections.size > 0) return;
    clearInterval(this.keepAliveTimer);
    this.socket?.destroy();
    this.socket = null;
  }
}
