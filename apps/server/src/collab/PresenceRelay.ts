import type { Connection, Document } from '@hocuspocus/server';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { AwarenessEntry } from '../limits/readFrame.js';
import type { CollabContext } from './CollabContext.js';
import { presenceColor } from './presenceColor.js';

/**
 * Cairn's presence rules, for the states one connection sends: states for awareness client ids
 * that another connection owns are dropped (`states` loses them), and every other state gets the
 * identity the server established, replacing whatever the client claimed.
 */
export function stampPresence(
  connection: Connection,
  context: CollabContext,
  document: Document,
  states: Map<number, Record<string, unknown>>,
): void {
  const own = document.connections.get(connection)?.clients;
  const ownedElsewhere = new Set<number>();
  document.connections.forEach((entry, other) => {
    if (other !== connection) entry.clients.forEach((id: number) => ownedElsewhere.add(id));
  });
  for (const [clientId, state] of states) {
    if (ownedElsewhere.has(clientId) && !own?.has(clientId)) {
      states.delete(clientId);
      continue;
    }
    state['user'] = {
      id: context.user.id,
      name: context.user.name,
      role: context.role,
      color: presenceColor(context.user.id),
    };
  }
}

/** lib0 encoding of an awareness update: a count, then per state its id, clock and JSON. */
function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const bytes: number[] = [];
  const varUint = (value: number) => {
    let rest = value;
    while (rest > 0x7f) {
      bytes.push(0x80 | (rest % 128));
      rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
  };
  varUint(entries.length);
  for (const { clientId, clock, state } of entries) {
    varUint(clientId);
    varUint(clock);
    const json = new TextEncoder().encode(JSON.stringify(state));
    varUint(json.byteLength);
    for (const byte of json) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/**
 * Applies the presence (awareness) frames of established connections, instead of Hocuspocus.
 * Hocuspocus 4.7 builds a scratch Y.Doc and Awareness for every awareness message to run
 * `beforeHandleAwareness` hooks; a Y.Doc's random guid alone costs 31 calls into the system's
 * random source, and a profile of 1,000 people moving their cursors ten times a second found
 * that scratch document the largest single cost on the server. Here the frame, already parsed by
 * the socket guard, gets the same rules as PresenceExtension (which still covers frames that
 * arrive before a connection is established) and is applied to the document's awareness with the
 * connection as origin, so Hocuspocus tracks the ids it owns and broadcasts it as before. As in
 * Hocuspocus, removals (null states) are not relayed: a connection's states are removed when it
 * closes.
 */
export class PresenceRelay {
  apply(connection: Connection, entries: readonly AwarenessEntry[]): void {
    const context = connection.context as CollabContext | undefined;
    if (!context?.user) return;
    const states = new Map<number, Record<string, unknown>>();
    for (const { clientId, state } of entries) if (state !== null) states.set(clientId, state);
    stampPresence(connection, context, connection.document, states);
    const kept = entries.flatMap((entry) => {
      const state = states.get(entry.clientId);
      return state ? [{ ...entry, state }] : [];
    });
    if (kept.length === 0) return;
    applyAwarenessUpdate(connection.document.awareness, encodeAwareness(kept), {
      source: 'connection',
      connection,
    });
  }
}
