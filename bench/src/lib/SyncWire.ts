import { WireReader, WireWriter } from './lib0Wire.js';

/** Message types both protocols share (y-protocols' numbering); Hocuspocus adds its own. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** Hocuspocus only. */
export const MESSAGE_AUTH = 2;
export const MESSAGE_SYNC_STATUS = 8;

/** y-protocols' sync steps. */
export const STEP_1 = 0;
export const STEP_2 = 1;
export const STEP_UPDATE = 2;

/** Hocuspocus auth sub-messages. */
const AUTH_TOKEN = 0;
export const AUTH_DENIED = 1;
export const AUTH_AUTHENTICATED = 2;

/**
 * How one server addresses a document on the wire. The message bodies (`varUint type`, then the
 * y-protocols payload) are the same for both servers; Hocuspocus multiplexes documents on one
 * socket and so prefixes each message with the document name, and authenticates first.
 */
export interface SyncWire {
  readonly name: string;
  /** The WebSocket URL for `document`. */
  url(document: string): string;
  /** A frame carrying `body` for `document`. */
  frame(document: string, body: Uint8Array): Uint8Array;
  /** A reader positioned at the body of `frame`, or null when it is for another document. */
  open(document: string, frame: Uint8Array): WireReader | null;
  /** The first frame after the socket opens (Hocuspocus: the token), or null. */
  hello(document: string): Uint8Array | null;
}

/** The reference y-websocket server: one document per socket, named in the URL path. */
export function yWebsocketWire(wsUrl: string): SyncWire {
  return {
    name: 'y-websocket',
    url: (document) => `${wsUrl}/${encodeURIComponent(document)}`,
    frame: (_document, body) => body,
    open: (_document, frame) => new WireReader(frame),
    hello: () => null,
  };
}

/** Hocuspocus (Cairn's `/collab`): document name before every message, a token first. */
export function hocuspocusWire(wsUrl: string, token: string): SyncWire {
  return {
    name: 'hocuspocus',
    url: () => wsUrl,
    frame: (document, body) => {
      const writer = new WireWriter().varString(document);
      const out = new Uint8Array(writer.done().byteLength + body.byteLength);
      out.set(writer.done());
      out.set(body, out.byteLength - body.byteLength);
      return out;
    },
    open: (document, frame) => {
      const reader = new WireReader(frame);
      return reader.varString() === document ? reader : null;
    },
    hello: (document) =>
      new WireWriter()
        .varString(document)
        .varUint(MESSAGE_AUTH)
        .varUint(AUTH_TOKEN)
        .varString(token)
        .done(),
  };
}

/** A sync message body: type, step, payload. */
export function syncBody(step: number, payload: Uint8Array): Uint8Array {
  return new WireWriter().varUint(MESSAGE_SYNC).varUint(step).varBytes(payload).done();
}

/**
 * An awareness message body setting one client's state, as y-protocols' awareness encodes it:
 * a count, then per client its id, its clock and its state as JSON.
 */
export function awarenessBody(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = new WireWriter()
    .varUint(1)
    .varUint(clientId)
    .varUint(clock)
    .varString(JSON.stringify(state))
    .done();
  return new WireWriter().varUint(MESSAGE_AWARENESS).varBytes(update).done();
}
