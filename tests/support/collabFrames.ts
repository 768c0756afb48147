/**
 * The Hocuspocus wire format, written and read by hand (lib0's encoding, which the tests do not
 * depend on), so tests can send what no official provider would: other people's client ids,
 * updates from read-only sockets, truncated and corrupted frames.
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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends lib0 variable-length values to a byte list. */
export class FrameWriter {
  private readonly bytes: number[] = [];

  varUint(value: number): this {
    let rest = value;
    while (rest > 0x7f) {
      this.bytes.push(0x80 | (rest % 128));
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
    return this;
  }

  varBytes(bytes: Uint8Array): this {
    this.varUint(bytes.byteLength);
    for (const byte of bytes) this.bytes.push(byte);
    return this;
  }

  varString(text: string): this {
    return this.varBytes(encoder.encode(text));
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads lib0 variable-length values; throws past the end. */
export class FrameReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Error('truncated');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
  }

  varBytes(): Uint8Array {
    const length = this.varUint();
    if (this.position + length > this.bytes.byteLength) throw new Error('truncated');
    const slice = this.bytes.slice(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  varString(): string {
    return decoder.decode(this.varBytes());
  }
}

const frame = (documentName: string, type: number) =>
  new FrameWriter().varString(documentName).varUint(type);

/** The provider's first message for a document: its token. */
export function authFrame(documentName: string, token: string): Uint8Array {
  return frame(documentName, MESSAGE.auth).varUint(0).varString(token).done();
}

export function syncStep1Frame(documentName: string, stateVector: Uint8Array): Uint8Array {
  return frame(documentName, MESSAGE.sync).varUint(SYNC.step1).varBytes(stateVector).done();
}

export function syncStep2Frame(documentName: string, update: Uint8Array): Uint8Array {
  return frame(documentName, MESSAGE.sync).varUint(SYNC.step2).varBytes(update).done();
}

export function updateFrame(documentName: string, update: Uint8Array): Uint8Array {
  return frame(documentName, MESSAGE.sync).varUint(SYNC.update).varBytes(update).done();
}

/** One client's entry in an awareness update; `state` null removes it. */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: Record<string, unknown> | null;
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const writer = new FrameWriter().varUint(entries.length);
  for (const entry of entries) {
    writer.varUint(entry.clientId).varUint(entry.clock).varString(JSON.stringify(entry.state));
  }
  return writer.done();
}

export function awarenessFrame(
  documentName: string,
  entries: readonly AwarenessEntry[],
): Uint8Array {
  return frame(documentName, MESSAGE.awareness).varBytes(encodeAwareness(entries)).done();
}

export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const reader = new FrameReader(update);
  const count = reader.varUint();
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = reader.varUint();
    const clock = reader.varUint();
    entries.push({
      clientId,
      clock,
      state: JSON.parse(reader.varString()) as Record<string, unknown> | null,
    });
  }
  return entries;
}

export function statelessFrame(documentName: string, payload: string): Uint8Array {
  return frame(documentName, MESSAGE.stateless).varString(payload).done();
}

export function queryAwarenessFrame(documentName: string): Uint8Array {
  return frame(documentName, MESSAGE.queryAwareness).done();
}

/** A server-internal message type no client may send. */
export function broadcastStatelessFrame(documentName: string, payload: string): Uint8Array {
  return frame(documentName, MESSAGE.broadcastStateless).varString(payload).done();
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
  const reader = new FrameReader(bytes);
  reader.varString();
  const type = reader.varUint();
  switch (type) {
    case MESSAGE.auth: {
      const kind = reader.varUint();
      const text = reader.varString();
      return kind === 2 ? { type: 'authenticated', scope: text } : { type: 'denied', reason: text };
    }
    case MESSAGE.sync:
    case 4:
      return { type: 'sync', step: reader.varUint(), payload: reader.varBytes() };
    case MESSAGE.awareness:
      return { type: 'awareness', entries: decodeAwareness(reader.varBytes()) };
    case MESSAGE.stateless:
      return { type: 'stateless', payload: reader.varString() };
    case MESSAGE.close:
      return { type: 'close', reason: reader.varString() };
    case MESSAGE.syncStatus:
      return { type: 'sync-status', saved: reader.varUint() === 1 };
    default:
      return { type: 'other', code: type };
  }
}
