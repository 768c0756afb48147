import {
  MessageReceiver,
  OutgoingMessage,
  type Connection,
  type Document,
  type IncomingMessage,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep1, messageYjsSyncStep2, readSyncStep1 } from 'y-protocols/sync';
import { stateWhileAsleep } from './DocumentHibernation.js';

/**
 * Whether the sync message `message` is about to read (its decoder at the sync message type) is
 * a sync step 1 with an empty state vector: a client that has nothing of the board yet. Reads
 * nothing.
 */
function isFirstSyncFromNothing(message: IncomingMessage): boolean {
  const decoder = message.decoder;
  const start = decoder.pos;
  try {
    if (decoding.readVarUint(decoder) !== messageYjsSyncStep1) return false;
    const stateVector = decoding.readVarUint8Array(decoder);
    return stateVector.length === 1 && stateVector[0] === 0;
  } catch {
    // Not ours to judge: Hocuspocus reads it and refuses it as before.
    return false;
  } finally {
    decoder.pos = start;
  }
}

/** The server's own sync step 1 (its state vector), as Hocuspocus sends it. */
function firstSyncStepOf(connection: Connection, document: Document): Uint8Array {
  return new OutgoingMessage(connection.messageAddress)
    .createSyncMessage()
    .writeFirstSyncStepFor(document)
    .toUint8Array();
}

let installed = false;

/**
 * Answers a client's first sync from the encoded state of a board asleep, without waking it.
 *
 * A board loads asleep when its log was folded into its snapshot (DocumentHibernation.loadAsleep),
 * and a client that has nothing (a new tab, a program) asks with an empty state vector. The answer
 * to that is the whole board encoded as one update, which is what the board asleep holds: the
 * stored bytes go out as they are, before the board is built in memory (for a roadmap of 5,000
 * items that is about 90 ms of applying and 20 ms of encoding it again, measured by the
 * initial-sync benchmark). Any other sync message, or a board awake, goes the way Hocuspocus takes
 * it. The server's own step 1 (its state vector, which asks the client for what it has that the
 * server lacks) needs the board in memory: it follows in the next turn, after the answer, and
 * wakes the board.
 *
 * Hocuspocus creates its `MessageReceiver` inside each connection, with no way to hand it another,
 * so this replaces `readSyncMessage` on its prototype, once per process; it checks the board
 * first, so Hocuspocus instances whose boards never sleep are untouched.
 */
export function answerFirstSyncWhileAsleep(): void {
  if (installed) return;
  installed = true;
  const prototype = MessageReceiver.prototype;
  const readSyncMessage = Object.getOwnPropertyDescriptor(prototype, 'readSyncMessage')?.value as
    MessageReceiver['readSyncMessage'] | undefined;
  // Fails at start, in every test, if a Hocuspocus upgrade moves it.
  if (!readSyncMessage) throw new Error('Hocuspocus has no MessageReceiver.readSyncMessage.');
  prototype.readSyncMessage = async function (
    message,
    document,
    connection,
    reply,
    requestFirstSync = true,
  ) {
    if (
      !connection ||
      reply ||
      stateWhileAsleep(document) === undefined ||
      !isFirstSyncFromNothing(message)
    ) {
      return readSyncMessage.call(this, message, document, connection, reply, requestFirstSync);
    }
    const type = message.readVarUint() as typeof messageYjsSyncStep1;
    await connection.callbacks.beforeSync(connection, {
      type,
      payload: message.peekVarUint8Array(),
    });
    const state = stateWhileAsleep(document);
    if (state === undefined) {
      // Woken while the hooks ran: answered from the board, as Hocuspocus does.
      readSyncStep1(message.decoder, message.encoder, document);
      connection.send(firstSyncStepOf(connection, document));
      return type;
    }
    message.readVarUint8Array();
    // Hocuspocus sends what is written to the message's encoder once this returns.
    encoding.writeVarUint(message.encoder, messageYjsSyncStep2);
    encoding.writeVarUint8Array(message.encoder, state);
    setImmediate(() => {
      if (document.isDestroyed) return;
      try {
        connection.send(firstSyncStepOf(connection, document));
      } catch (error) {
        // The stored board did not apply: this connection ends, as a failed load ends it.
        console.error(`Board ${document.name} could not be woken:`, error);
        connection.close({ code: 1011, reason: 'board could not be loaded' });
      }
    });
    return type;
  };
}
