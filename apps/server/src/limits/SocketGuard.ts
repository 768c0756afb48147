import type { Connection } from '@hocuspocus/server';
import type { PresenceRelay } from '../collab/PresenceRelay.js';
import type { DocumentSizeLimit } from './DocumentSizeLimit.js';
import { readFrame, type Frame } from './readFrame.js';
import {
  DOCUMENT_TOO_LARGE,
  MALFORMED,
  RATE_LIMITED,
  type LimitClose,
  type SocketLimits,
} from './SocketLimits.js';
import { TokenBucket } from './TokenBucket.js';

/**
 * How many awareness client ids one provider may set states for. A provider's awareness keeps
 * one id for its lifetime (its document's client id), so any other is fabricated: dropping those
 * frames keeps one socket from filling everyone's people list with made-up people.
 */
export const MAX_PRESENCES_PER_PROVIDER = 1;

/** Why a frame was refused, for the log. */
export interface Refusal extends LimitClose {
  readonly detail: string;
  readonly documentName?: string;
}

/**
 * Looks at every frame of one socket before Hocuspocus does: frames that do not parse, a socket
 * over its message or awareness rate, and updates that would take a board past its size limit
 * are refused, and the caller closes that socket (only that one) with the reason. Refusing here,
 * rather than by throwing from a hook, keeps the refusal out of Hocuspocus's console output and
 * in Cairn's log.
 */
export class SocketGuard {
  private readonly messages: TokenBucket;
  private readonly awareness: TokenBucket;
  /** The awareness ids each provider on this socket (by address) has set states for. */
  private readonly presences = new Map<string, Set<number>>();

  constructor(
    private readonly limits: SocketLimits,
    private readonly sizeLimit: DocumentSizeLimit,
    /**
     * The open connection of this socket that Hocuspocus hands a frame with this address to, if
     * any (see `routeOf` in attachCollab).
     */
    private readonly connectionAt: (
      address: string,
      documentName: string,
    ) => Connection | undefined,
    /**
     * Whether an open connection may go on (null) or must close, and how: access re-checked
     * before each message. The AuthExtension checks again inside Hocuspocus; closing here keeps
     * an ended session from reaching Hocuspocus's exception path and its console output.
     */
    private readonly checkAccess: (connection: Connection) => LimitClose | null,
    now: () => number,
    /** Applies presence of established connections itself (null: Hocuspocus does). */
    private readonly presence: PresenceRelay | null = null,
  ) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, now);
    this.awareness = new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst, now);
  }

  /**
   * `forward` when the frame may go on to Hocuspocus, `drop` when nobody needs it (a pong: the
   * server sends no pings), otherwise how to close the socket.
   */
  inspect(bytes: Uint8Array): 'forward' | 'drop' | Refusal {
    if (!this.messages.take()) {
      return { ...RATE_LIMITED, detail: `over ${this.limits.messagesPerSecond} messages/s` };
    }
    const frame = readFrame(bytes);
    // The open connection the frame is for, looked up once; an auth frame's is not open yet.
    const connection =
      frame.kind === 'malformed' || frame.kind === 'pong' || frame.kind === 'auth'
        ? undefined
        : this.connectionAt(frame.address, frame.documentName);
    const verdict = connection ? this.checkAccess(connection) : null;
    if (connection && verdict) {
      connection.close(verdict);
      return 'drop';
    }
    switch (frame.kind) {
      case 'malformed':
        return { ...MALFORMED, detail: frame.problem };
      case 'awareness':
        if (!this.awareness.take(Math.max(1, frame.states))) {
          return {
            ...RATE_LIMITED,
            detail: `over ${this.limits.awarenessPerSecond} awareness states/s`,
            documentName: frame.documentName,
          };
        }
        if (!this.claimsOnlyOwnPresence(frame)) return 'drop';
        return this.relayPresence(frame, connection) ? 'drop' : 'forward';
      case 'auth':
        // A new provider (or the same one again) starts with no presence of its own.
        this.presences.delete(frame.address);
        return 'forward';
      case 'sync':
        return this.checkSize(frame, connection);
      case 'pong':
        return 'drop';
      case 'query-awareness':
      case 'stateless':
      case 'close':
        return 'forward';
    }
  }

  /**
   * Hands the frame to the presence relay when the connection it is addressed to is established;
   * true if it did.
   */
  private relayPresence(
    frame: Extract<Frame, { kind: 'awareness' }>,
    connection: Connection | undefined,
  ): boolean {
    if (!this.presence) return false;
    if (!connection || connection.messageAddress !== frame.address) return false;
    this.presence.apply(connection, frame.entries);
    return true;
  }

  /** Records the provider's first id; false when the frame sets states for any other. */
  private claimsOnlyOwnPresence(frame: Extract<Frame, { kind: 'awareness' }>): boolean {
    const owned = this.presences.get(frame.address);
    // The usual frame: the provider's own id again.
    if (owned && frame.setClientIds.every((id) => owned.has(id))) return true;
    const claimed = new Set(owned);
    for (const id of frame.setClientIds) claimed.add(id);
    if (claimed.size > MAX_PRESENCES_PER_PROVIDER) return false;
    this.presences.set(frame.address, claimed);
    return true;
  }

  private checkSize(
    frame: Extract<Frame, { kind: 'sync' }>,
    connection: Connection | undefined,
  ): 'forward' | Refusal {
    if (!frame.carriesUpdate) return 'forward';
    // A read-only connection's updates are dropped by Hocuspocus anyway.
    if (!connection || connection.readOnly) return 'forward';
    if (this.sizeLimit.allows(connection.document, frame.payloadBytes)) return 'forward';
    return {
      ...DOCUMENT_TOO_LARGE,
      detail: `update of ${frame.payloadBytes} bytes over ${this.sizeLimit.maxBytes}`,
      documentName: frame.documentName,
    };
  }
}
