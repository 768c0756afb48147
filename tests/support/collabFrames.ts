import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The Hocuspocus wire format, written and read with lib0's encoding, so tests can send what no
 * official provider would: other people's client ids, updates from read-only sockets, truncated
 * and corrupted frames.
 */

/** Message types of the Hocuspocus protocol. */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;

/** y-protocols' sync sub-messages. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** A frame for `documentName` of message `type`; `write` adds the message's own fields. */
function frame(
  documentName: string,
  type: number,
  write: (encoder: encoding.Encoder) => void = () => undefined,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncFrame(documentName: string, step: number, payload: Uint8Array): Uint8Array {
  return frame(documentName, MESSAGE.sync, (encoder) => {
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

/** The provider's first message for a document: its token. */
export function authFrame(documentName: string, token: string): Uint8Array {
  return frame(documentName, MESSAGE.auth, (encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
  });
}

export function syncStep1Frame(documentName: string, stateVector: Uint8Array): Uint8Array {
  return syncFrame(documentName, SYNC.step1, stateVector);
}

export function syncStep2Frame(documentName: string, update: Uint8Array): Uint8Array {
  return syncFrame(documentName, SYNC.step2, update);
}

export function updateFrame(documentName: string, update: Uint8Array): Uint8Array {
  return syncFrame(documentName, SYNC.update, update);
}

/** One client's entry in an awareness update; `state` null removes it. */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: Record<string, unknown> | null;
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(
  documentName: string,
  entries: readonly AwarenessEntry[],
): Uint8Array {
  return frame(documentName, MESSAGE.awareness, (encoder) =>
    encoding.writeVarUint8Array(encoder, encodeAwareness(entries)),
  );
}

export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({
      clientId,
      clock,
      state: JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown> | null,
    });
  }
  return entries;
}

export function statelessFrame(documentName: string, payload: string): Uint8Array {
  return frame(documentName, MESSAGE.stateless, (encoder) =>
    encoding.writeVarString(encoder, payload),
  );
}

export function queryAwarenessFrame(documentName: string): Uint8Array {
  return frame(documentName, MESSAGE.queryAwareness);
}

/** A server-internal message type no client may send. */
export function broadcastStatelessFrame(documentName: string, payload: string): Uint8Array {
  return frame(documentName, MESSAGE.broadcastStateless, (encoder) =>
    encoding.writeVarString(encoder, payload),
  );
}

/** What the server sent, decoded as far as tests need. */
export type ServerMessage =
  | { readonly type: 'authenticated'; readonly scope: string }
  | { readonly type: 'denied'; readonly reason: string }
  | { readonly type: 'sync'; readonly step: number; readonly payload: Uint8Array }
  | { readonly type: 'awareness'; readonly entries: AwarenessEntry[] }
  | { readonly type: 'stateless'; readonly payload: string }
  | { readonly type: 'close'; readonly reason: string }
  | { readonly type: 'sync-status'; readonly saved: boolean }
  | { readonly type: 'other'; readonly code: number };

export function decodeServerMessage(bytes: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(bytes);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE.auth: {
      const kind = decoding.readVarUint(decoder);
      const text = decoding.readVarString(decoder);
      return kind === 2 ? { type: 'authenticated', scope: text } : { type: 'denied', reason: text };
    }
    case MESSAGE.sync:
    case 4:
      return {
        type: 'sync',
        step: decoding.readVarUint(decoder),
        payload: decoding.readVarUint8Array(decoder),
      };
    case MESSAGE.awareness:
      return { type: 'awareness', entries: decodeAwareness(decoding.readVarUint8Array(decoder)) };
    case MESSAGE.stateless:
      return { type: 'stateless', payload: decoding.readVarString(decoder) };
    case MESSAGE.close:
      return { type: 'close', reason: decoding.readVarString(decoder) };
    case MESSAGE.syncStatus:
      return { type: 'sync-status', saved: decoding.readVarUint(decoder) === 1 };
    default:
      return { type: 'other', code: type };
  }
}
