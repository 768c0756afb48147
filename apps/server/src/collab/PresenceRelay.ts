import type { Connection, Document } from '@hocuspocus/server';
import { equalityDeep } from 'lib0/function';
import type { Awareness } from 'y-protocols/awareness';
import type { AwarenessEntry } from '../limits/readFrame.js';
import type { CollabContext } from './CollabContext.js';
import { presenceColor } from './presenceColor.js';

/** The identity a connection's presence shows, made once per authenticated connection. */
const stamps = new WeakMap<CollabContext, Readonly<Record<string, string>>>();

function stampOf(context: CollabContext): Readonly<Record<string, string>> {
  let stamp = stamps.get(context);
  if (!stamp) {
    stamp = {
      id: context.user.id,
      name: context.user.name,
      role: context.role,
      color: presenceColor(context.user.id),
    };
    stamps.set(context, stamp);
  }
  return stamp;
}

/** Whether a connection on `document` other than `connection` owns awareness id `clientId`. */
function ownedElsewhere(document: Document, connection: Connection, clientId: number): boolean {
  for (const [other, entry] of document.connections) {
    if (other !== connection && entry.clients.has(clientId)) return true;
  }
  return false;
}

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
  for (const [clientId, state] of states) {
    // Usually the connection's own id again: no need to look at anyone else's.
    if (!own?.has(clientId) && ownedElsewhere(document, connection, clientId)) {
      states.delete(clientId);
      continue;
    }
    state['user'] = stampOf(context);
  }
}

/**
 * y-protocols' `applyAwarenessUpdate` for states the socket guard has already decoded (and this
 * relay stamped), none of them removals: the same clock rule, bookkeeping and events, without
 * encoding the states to JSON only for y-protocols to parse them again.
 */
function applyStates(
  awareness: Awareness,
  states: ReadonlyMap<number, { readonly clock: number; readonly state: Record<string, unknown> }>,
  origin: unknown,
): void {
  const lastUpdated = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const changed: number[] = [];
  for (const [clientId, { clock, state }] of states) {
    const meta = awareness.meta.get(clientId);
    if ((meta?.clock ?? 0) >= clock) continue;
    const previous = awareness.states.get(clientId);
    awareness.states.set(clientId, state);
    awareness.meta.set(clientId, { clock, lastUpdated });
    if (meta === undefined) {
      added.push(clientId);
    } else {
      if (!equalityDeep(state, previous)) changed.push(clientId);
      updated.push(clientId);
    }
  }
  if (added.length > 0 || changed.length > 0) {
    awareness.emit('change', [{ added, updated: changed, removed: [] }, origin]);
  }
  if (added.length > 0 || updated.length > 0) {
    awareness.emit('update', [{ added, updated, removed: [] }, origin]);
  }
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
    const kept = new Map<number, { clock: number; state: Record<string, unknown> }>();
    for (const { clientId, clock } of entries) {
      const state = states.get(clientId);
      if (state) kept.set(clientId, { clock, state });
    }
    if (kept.size === 0) return;
    applyStates(connection.document.awareness, kept, { source: 'connection', connection });
  }
}
