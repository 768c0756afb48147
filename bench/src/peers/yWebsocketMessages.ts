/**
 * The y-websocket wire format, the subset a document-only client needs, written out so the bench
 * needs no `lib0`: a message is a varuint type (`0` sync, `1` awareness, which such a client
 * ignores), and a sync message a varuint step followed by a length-prefixed payload (a state
 * vector or an update).
 */
const MESSAGE_SYNC = 0;

/** The sync steps of y-protocols: ask with a state vector, answer with the missing update, push an update. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** A decoded sync message; other message types come back as `null`. */
export interface SyncMessage {
  readonly step: number;
  readonly payload: Uint8Array;
}

function writeVarUint(bytes: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
}

/** Encodes a sync message of `step` carrying `payload`. */
export function encodeSyncMessage(step: number, payload: Uint8Array): Uint8Array {
  const head: number[] = [];
  writeVarUint(head, MESSAGE_SYNC);
  writeVarUint(head, step);
  writeVarUint(head, payload.byteLength);
  const message = new Uint8Array(head.length + payload.byteLength);
  message.set(head);
  message.set(payload, head.length);
  return message;
}

/** Decodes `message` if it is a sync message; throws on a truncated one. */
export function decodeSyncMessage(message: Uint8Array): SyncMessage | null {
  let offset = 0;
  const readVarUint = (): number => {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = message[offset++];
      if (byte === undefined) throw new Error('Truncated y-websocket message.');
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
    }
  };
  if (readVarUint() !== MESSAGE_SYNC) return null;
  const step = readVarUint();
  const length = readVarUint();
  if (offset + length > message.byteLength) throw new Error('Truncated y-websocket message.');
  return { step, payload: message.subarray(offset, offset + length) };
}
