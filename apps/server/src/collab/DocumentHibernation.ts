import type { afterLoadDocumentPayload, Document, Extension, Hocuspocus } from '@hocuspocus/server';
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { withoutUpdateEvents } from './withoutUpdateEvents.js';

/** By default a board nobody has changed for a minute is put to sleep. */
export const HIBERNATE_AFTER_MS = 60_000;

/** The origin of the transaction that wakes a board: nobody's edit. */
const WAKE_ORIGIN = Object.freeze({ kind: 'cairn-wake' });

/** The encoded state of every board asleep, whichever server holds it. */
const asleepStates = new WeakMap<Y.Doc, Uint8Array>();

/**
 * The whole content of `document` encoded as one update (as `Y.encodeStateAsUpdate` would give
 * it) while it is asleep, without waking it; undefined when it is awake.
 */
export function stateWhileAsleep(document: Y.Doc): Uint8Array | undefined {
  return asleepStates.get(document);
}

/**
 * Puts loaded boards that nobody changes to sleep, and wakes them the moment anything reads or
 * writes them.
 *
 * A person who keeps a board open and does nothing keeps it loaded, and a loaded `Y.Doc` takes
 * about 19 times its encoded size in memory: every field of every item is a Yjs struct of its
 * own. A board asleep holds only its encoded state (`Y.encodeStateAsUpdate`), about one times.
 * Its people stay connected, and presence (cursors) keeps flowing, since presence does not touch
 * the document.
 *
 * Sleeping swaps the document's `store` and `share` (the two fields of a `Y.Doc` that hold its
 * content) for stand-ins that wake it on their first use: whatever touches the content first (a
 * person's edit, a reconnecting client's sync, a REST read, Redis) reads or writes through Yjs,
 * which goes through those fields. Waking applies the saved state to a fresh store without update
 * events, so the wake is neither broadcast nor logged: the content is exactly what it was.
 * Nothing on the server may keep a root type of a document across events (a type taken before
 * the sleep would be a stale copy); the server's code looks them up each time.
 *
 * Not put to sleep: a board still loading or unloading, one without connections (it unloads
 * within the unload delay anyway), one with a server-side direct connection open, or one with a
 * store of Hocuspocus still pending.
 *
 * A board can also be loaded asleep (`loadAsleep`): its stored snapshot becomes its saved state
 * without being applied, so the first sync of a client that has nothing can be answered with the
 * stored bytes as they are (firstSyncWhileAsleep) before the board is built in memory.
 */
export class DocumentHibernation implements Extension {
  readonly extensionName = 'cairn-hibernation';
  /** When each loaded board last had a transaction (an edit, a load, a wake). */
  private readonly lastActive = new WeakMap<Document, number>();
  /** The encoded state of each board asleep. */
  private readonly states = new Map<Document, Uint8Array>();
  /** Boards whose saved state is dropped when they are destroyed. */
  private readonly watched = new WeakSet<Document>();
  private readonly timer: NodeJS.Timeout | null;
  private hocuspocus: Hocuspocus | null = null;
  /** Emits `asleep` and `awake` with the document, after the fact. */
  readonly events = new EventEmitter<{ asleep: [Document]; awake: [Document] }>();

  constructor(
    /** Idle time before a board sleeps; 0 never puts one to sleep. */
    private readonly afterMs: number,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {
    this.timer =
      afterMs > 0
        ? setInterval(() => this.sweep(), Math.min(15_000, Math.max(50, afterMs / 2)))
        : null;
    this.timer?.unref();
  }

  /** The Hocuspocus whose documents are swept (set once it exists). */
  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.lastActive.set(document, this.now());
    document.on('afterTransaction', () => this.lastActive.set(document, this.now()));
    this.forgetOnDestroy(document);
  }

  /**
   * Makes `state` (the board's stored snapshot, a whole encoded document) the content of
   * `document`, which is loading and still empty, without applying it: the board is loaded asleep
   * and wakes on first use. False (nothing done) when sleeping is switched off.
   */
  loadAsleep(document: Document, state: Uint8Array): boolean {
    if (this.afterMs <= 0) return false;
    this.holdAsleep(document, state);
    return true;
  }

  /** Boards asleep now. */
  get asleep(): number {
    return this.states.size;
  }

  isAsleep(document: Document): boolean {
    return this.states.has(document);
  }

  /** Puts every board idle for `afterMs` to sleep; returns how many went to sleep. */
  sweep(): number {
    const hocuspocus = this.hocuspocus;
    if (hocuspocus === null || this.afterMs <= 0) return 0;
    const now = this.now();
    let slept = 0;
    for (const document of hocuspocus.documents.values()) {
      if (this.states.has(document) || document.isLoading || document.isDestroyed) continue;
      // No connections: it unloads soon anyway. A direct connection: a server-side read or
      // write (REST, import, versions) is under way and may hold the board's types.
      if (document.getConnectionsCount() === 0 || document.directConnectionsCount > 0) continue;
      if (hocuspocus.unloadingDocuments.has(document.name)) continue;
      if (hocuspocus.debouncer.isDebounced(`onStoreDocument-${document.name}`)) continue;
      const since = this.lastActive.get(document);
      if (since === undefined || now - since < this.afterMs) continue;
      this.sleep(document);
      slept += 1;
    }
    return slept;
  }

  /** Keeps only `document`'s encoded state; its content comes back on first use. */
  sleep(document: Document): void {
    if (this.states.has(document)) return;
    this.holdAsleep(document, Y.encodeStateAsUpdate(document));
  }

  private holdAsleep(document: Document, state: Uint8Array): void {
    this.states.set(document, state);
    asleepStates.set(document, state);
    this.forgetOnDestroy(document);
    const wake = (): Y.Doc => {
      this.wake(document);
      return document;
    };
    // Empty stand-ins, so the old content is free to go.
    document.store = wakesOnUse({} as Y.Doc['store'], () => wake().store);
    document.share = wakesOnUse(new Map() as Y.Doc['share'], () => wake().share);
    this.logger.debug({ doc: document.name, bytes: state.byteLength }, 'board asleep');
    this.events.emit('asleep', document);
  }

  /** Brings `document`'s content back from its encoded state (nothing if it is awake). */
  wake(document: Document): void {
    const state = this.states.get(document);
    if (state === undefined) return;
    this.states.delete(document);
    asleepStates.delete(document);
    // A fresh store and share, as a new Y.Doc has them; the saved state goes back in without an
    // update event (it is not an edit: nothing is sent or logged). And a fresh client id: the
    // state may hold the server's own writes, and Yjs, seeing its id arrive from elsewhere, would
    // pick a new one itself and say so on the console.
    const asleep = { store: document.store, share: document.share, clientID: document.clientID };
    const blank = new Y.Doc({ gc: document.gc, gcFilter: document.gcFilter });
    document.store = blank.store;
    document.share = blank.share;
    document.clientID = blank.clientID;
    try {
      withoutUpdateEvents(document, () => Y.applyUpdate(document, state, WAKE_ORIGIN));
    } catch (error) {
      // A state that does not apply (a damaged snapshot) leaves the board asleep, so every use
      // fails as a failed load does, rather than serving an empty or partial board.
      Object.assign(document, asleep);
      this.states.set(document, state);
      asleepStates.set(document, state);
      throw error;
    }
    this.logger.debug({ doc: document.name }, 'board awake');
    this.events.emit('awake', document);
  }

  /** An unloaded board is gone for good, and its saved state with it. */
  private forgetOnDestroy(document: Document): void {
    if (this.watched.has(document)) return;
    this.watched.add(document);
    document.on('destroy', () => {
      this.states.delete(document);
      asleepStates.delete(document);
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/**
 * A stand-in for `asleep` (only its type is used) that, on any use, calls `awake` and forwards the
 * use to the object it returns, methods bound to it (a Map's methods need their own Map).
 */
function wakesOnUse<T extends object>(asleep: T, awake: () => T): T {
  return new Proxy(asleep, {
    get(_target, key) {
      const target = awake();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
    set(_target, key, value) {
      return Reflect.set(awake(), key, value);
    },
    has(_target, key) {
      return Reflect.has(awake(), key);
    },
  });
}
