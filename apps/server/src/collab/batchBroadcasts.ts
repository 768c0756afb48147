import {
  isTransactionOrigin,
  OutgoingMessage,
  type Connection,
  type Document,
} from '@hocuspocus/server';
import { mergeUpdates } from 'yjs';
import type { PresenceWindow } from './PresencePacing.js';

/**
 * How long presence changes wait to go out together by default, in ms: one frame at 60 Hz. Every
 * person's cursor on a board then reaches each other person as one message per frame at most,
 * instead of one message per cursor move (`CAIRN_PRESENCE_WINDOW_MS`).
 */
export const PRESENCE_WINDOW_MS = 16;

/**
 * The parts of Hocuspocus 4.7's `Document` that `batchBroadcasts` replaces or calls. They are
 * private in its types; `tests/integration/broadcasts.test.ts` fails if a release renames or
 * reshapes them.
 */
interface DocumentBroadcasting {
  flushDelay: false | number;
  flushMaxBytes: number;
  broadcast(
    encode: (address: string) => Uint8Array,
    filter?: (connection: Connection) => boolean,
  ): void;
  broadcastUpdate(update: Uint8Array): void;
  broadcastAwarenessUpdate(changedClients: number[]): void;
  flush(): Document;
}

/** The socket connection a change came from, or null (storage, REST, Redis, the server). */
function senderOf(origin: unknown): Connection | null {
  return isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection : null;
}

/** The connection that owns every one of `clients` (awareness ids), if one does. */
function ownerOf(document: Document, clients: readonly number[]): Connection | null {
  for (const [connection, entry] of document.connections) {
    if (clients.every((client) => entry.clients.has(client))) return connection;
  }
  return null;
}

/**
 * Replaces Hocuspocus's broadcast batching on one loaded document.
 *
 * Hocuspocus sends every change to every connection on the board, the sender included, and
 * gathers document updates and presence (awareness) changes of one event-loop turn into one
 * message each. With many people moving their cursors, sending is most of the server's work
 * (a profile of 1,000 people on 200 boards found 44 % of its CPU time in socket writes), so:
 *
 * - **A change is not sent back to the one connection it came from**: if every update of a
 *   batch came from one connection, or every presence state in it belongs to one connection,
 *   that connection is skipped. It already has the change; a provider ignores the echo.
 * - **Presence changes are gathered over `presence.windowMs`** (one frame by default, longer
 *   while the server is busy: PresencePacing) rather than one turn, so a board's cursors go out
 *   as one message per frame. A window of 0 gathers presence over one turn, as Hocuspocus does.
 * - **A board's first document update of a turn goes out at once**, and the updates that follow
 *   it in the same turn go out together at the turn's end (Hocuspocus holds every one to the
 *   turn's end). A busy server reads many sockets in one turn, and an edit read early in it
 *   waited for all the others before it went anywhere; without that wait an edit's median time
 *   to its peers fell in the fan-out benchmark (the README has the A/B). Updates always go out
 *   before any presence gathered with them.
 *
 * `flush()` (Hocuspocus calls it when it destroys the document) still sends everything pending
 * at once. Stateless messages are not batched, as before.
 */
export function batchBroadcasts(document: Document, presence: PresenceWindow): void {
  const hocuspocus = document as unknown as DocumentBroadcasting;
  const flushHocuspocusBatch = hocuspocus.flush.bind(document);
  const broadcast = hocuspocus.broadcast.bind(document);

  let updates: Uint8Array[] = [];
  let updateBytes = 0;
  /** Where the pending updates came from (null: not a socket connection). */
  const updateSenders = new Set<Connection | null>();
  /** The update Hocuspocus is about to broadcast, and where it came from. */
  let announced: { update: Uint8Array; sender: Connection | null } | null = null;
  let updatesScheduled: NodeJS.Immediate | null = null;
  const presenceClients = new Set<number>();
  let cancelPresence: (() => void) | null = null;

  /** Sends `update` to every connection on the board but `skip`. */
  const send = (update: Uint8Array, skip: Connection | null): void =>
    broadcast(
      (address) =>
        new OutgoingMessage(address).createSyncMessage().writeUpdate(update).toUint8Array(),
      skip ? (connection) => connection !== skip : undefined,
    );

  const sendUpdates = (): void => {
    if (updatesScheduled) clearImmediate(updatesScheduled);
    updatesScheduled = null;
    if (updates.length === 0) return;
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : mergeUpdates(updates);
    const [sender, ...others] = updateSenders;
    const skip = others.length === 0 ? sender : null;
    updates = [];
    updateBytes = 0;
    updateSenders.clear();
    send(update, skip ?? null);
  };

  const sendPresence = (): void => {
    cancelPresence?.();
    cancelPresence = null;
    if (presenceClients.size === 0) return;
    const clients = [...presenceClients];
    presenceClients.clear();
    const owner = ownerOf(document, clients);
    broadcast(
      (address) =>
        new OutgoingMessage(address)
          .createAwarenessUpdateMessage(document.awareness, clients)
          .toUint8Array(),
      owner ? (connection) => connection !== owner : undefined,
    );
  };

  // Hocuspocus calls `onUpdate` with the origin just before it broadcasts that update.
  const onUpdate = document.callbacks.onUpdate;
  document.callbacks.onUpdate = (updated, origin, update) => {
    announced = { update, sender: senderOf(origin) };
    onUpdate(updated, origin, update);
  };
  // With `flushDelay: false` Hocuspocus hands each change to the two methods below at once.
  hocuspocus.flushDelay = false;
  hocuspocus.broadcastUpdate = (update) => {
    // Matched by identity: an update nobody announced goes to everyone, its sender included.
    const sender = announced?.update === update ? announced.sender : null;
    announced = null;
    if (updatesScheduled === null) {
      // The first update of a turn goes out at once; the turn's later ones gather behind it.
      send(update, sender);
      updatesScheduled = setImmediate(sendUpdates);
      return;
    }
    updates.push(update);
    updateBytes += update.byteLength;
    updateSenders.add(sender);
    // The turn's end is already scheduled (by its first update); a large batch goes sooner.
    if (updateBytes >= hocuspocus.flushMaxBytes) sendUpdates();
  };
  const sendAll = (): void => {
    // Any update still pending goes first: a cursor never points ahead of the board.
    sendUpdates();
    sendPresence();
  };
  hocuspocus.broadcastAwarenessUpdate = (changedClients) => {
    for (const client of changedClients) presenceClients.add(client);
    if (cancelPresence) return;
    const windowMs = presence.windowMs;
    if (windowMs > 0) {
      const timer = setTimeout(sendAll, windowMs).unref();
      cancelPresence = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(sendAll);
      cancelPresence = () => clearImmediate(immediate);
    }
  };
  hocuspocus.flush = () => {
    flushHocuspocusBatch();
    sendAll();
    return document;
  };
}
