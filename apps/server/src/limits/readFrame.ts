/**
 * The message types of the Hocuspocus protocol a client may send (the numbers are the
 * protocol's). BroadcastStateless (6) is server-internal and SyncStatus (8) flows only from the
 * server, so neither is here.
 */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const CLOSE = 7;
/** A provider's answer to a connection-level ping: one byte, no document name. */
const PONG = 10;

/** y-protocols' sync sub-messages. */
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Where a frame goes: a board, and the provider on the socket it is for. */
interface Addressed {
  readonly documentName: string;
  /** The frame's address: the document name, or `name\0sessionId` for one of several providers. */
  readonly address: string;
}

/** What the socket guard needs to know about one client frame. */
export type Frame =
  | { readonly kind: 'pong' }
  | (Addressed & {
      readonly kind: 'sync';
      /** Step 2 and update carry document content; step 1 only a state vector. */
      readonly carriesUpdate: boolean;
      readonly payloadBytes: number;
    })
  | (Addressed & {
      readonly kind: 'awareness';
      /** How many client states the update sets or removes. */
      readonly states: number;
      /** The client ids it sets a state for (removals, which providers send for others, aside). */
      readonly setClientIds: readonly number[];
      /** Every entry, parsed: a state is a JSON object, or null for a removal. */
      readonly entries: readonly AwarenessEntry[];
    })
  | (Addressed & { readonly kind: 'auth' | 'query-awareness' | 'stateless' | 'close' })
  | { readonly kind: 'malformed'; readonly problem: string };

/** One entry of an awareness update. */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: Record<string, unknown> | null;
}

class Truncated extends Error {}

/** lib0's variable-length encoding, read without copying; throws Truncated past the end. */
class Reader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Truncated('truncated number');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > Number.MAX_SAFE_INTEGER) throw new Truncated('number out of range');
    }
  }

  bytesOf(length: number): Uint8Array {
    if (this.position + length > this.bytes.byteLength) throw new Truncated('truncated bytes');
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  varBytes(): Uint8Array {
    return this.bytesOf(this.varUint());
  }

  varString(): string {
    return decoder.decode(this.varBytes());
  }

  get hasMore(): boolean {
    return this.position < this.bytes.byteLength;
  }
}

/** `fatal`: a name or JSON that is not UTF-8 is malformed, not silently repaired. */
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The document name of a frame's address (`name` or `name\0sessionId`). */
function documentNameOf(address: string): string {
  const separator = address.indexOf('\0');
  return separator === -1 ? address : address.slice(0, separator);
}

/**
 * Reads the entries of an awareness update, checking that each state is a JSON object or null,
 * as the presence extension expects: anything else would fail inside Hocuspocus instead.
 */
function readAwareness(update: Uint8Array): {
  states: number;
  setClientIds: number[];
  entries: AwarenessEntry[];
} {
  const reader = new Reader(update);
  const states = reader.varUint();
  const setClientIds: number[] = [];
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < states; index++) {
    const clientId = reader.varUint();
    const clock = reader.varUint();
    const state = JSON.parse(reader.varString()) as unknown;
    if (typeof state !== 'object') throw new Truncated('awareness state is not an object');
    if (state !== null) setClientIds.push(clientId);
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  return { states, setClientIds, entries };
}

/**
 * Reads the envelope of one client frame, without touching the document: its document name, its
 * type, and for awareness the number of states. Yjs content itself is left to Yjs. Never throws:
 * anything that does not parse is `malformed`, so the socket can be closed before Hocuspocus
 * sees it.
 */
export function readFrame(bytes: Uint8Array): Frame {
  if (bytes.byteLength === 1 && bytes[0] === PONG) return { kind: 'pong' };
  try {
    const reader = new Reader(bytes);
    const address = reader.varString();
    const documentName = documentNameOf(address);
    // Names are checked against the board id pattern when they authenticate (not-found).
    const type = reader.varUint();
    switch (type) {
      case SYNC:
      case SYNC_REPLY: {
        const step = reader.varUint();
        if (step !== SYNC_STEP_1 && step !== SYNC_STEP_2 && step !== SYNC_UPDATE) {
          return { kind: 'malformed', problem: `unknown sync step ${step}` };
        }
        const payload = reader.varBytes();
        return {
          kind: 'sync',
          documentName,
          address,
          carriesUpdate: step !== SYNC_STEP_1,
          payloadBytes: payload.byteLength,
        };
      }
      case AWARENESS:
        return { kind: 'awareness', documentName, address, ...readAwareness(reader.varBytes()) };
      case AUTH:
        reader.varUint();
        reader.varString();
        if (reader.hasMore) reader.varString();
        return { kind: 'auth', documentName, address };
      case QUERY_AWARENESS:
        return { kind: 'query-awareness', documentName, address };
      case STATELESS:
        reader.varString();
        return { kind: 'stateless', documentName, address };
      case CLOSE:
        return { kind: 'close', documentName, address };
      default:
        return { kind: 'malformed', problem: `unexpected message type ${type}` };
    }
  } catch (error) {
    // Truncated input, bad UTF-8 (TypeError) or bad JSON (SyntaxError): all the client's fault.
    return { kind: 'malformed', problem: error instanceof Error ? error.message : 'unreadable' };
  }
}
