import { EventEmitter } from 'node:events';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  AUTH_DENIED,
  awarenessBody,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  MESSAGE_SYNC_STATUS,
  STEP_1,
  STEP_2,
  STEP_UPDATE,
  syncBody,
  type SyncWire,
} from './SyncWire.js';
import { WireReader } from './lib0Wire.js';
import { waitUntil } from './waitUntil.js';

/** Applies what the server sends without sending it back. */
const FROM_SERVER = { kind: 'server' } as const;

/**
 * A sync client written against the wire protocol, without a provider: one socket, one document,
 * y-protocols sync (step 1 / step 2 / updates) and presence sent as raw awareness messages. It
 * keeps a real Y.Doc, applies every update it receives and sends every local one, like a
 * provider, but skips what a provider adds (awareness bookkeeping, reconnection, timers), so a
 * thousand of them fit in one benchmark process beside the measurement.
 */
export class RawSyncClient {
  readonly doc = new Y.Doc();
  /** Announces `synced`, `message` and `closed`. */
  readonly events = new EventEmitter();
  isSynced = false;
  closed = false;
  /** Frames received, and of them awareness messages. */
  framesReceived = 0;
  awarenessReceived = 0;
  /**
   * Called with the awareness id and clock of every presence state received (the states
   * themselves are skipped, not parsed).
   */
  onPresence: ((clientId: number, clock: number) => void) | null = null;
  bytesReceived = 0;
  /** Sync-status acknowledgements (Hocuspocus only). */
  acknowledgements = 0;
  /**
   * Messages a Hocuspocus server acknowledges that this client sent: its updates, and its answers
   * to the server's sync step 1 (a step 2 is acknowledged too). Only what was sent counts.
   */
  private toBeAcknowledged = 0;
  /** When the socket opened and the first frame went out (`performance.now()`). */
  openedAt = Number.NaN;
  /** When the first sync step 2 (the server's document) arrived, before it was applied. */
  firstStep2At = Number.NaN;
  /**
   * When the server's own first sync step 1 (its state vector, asking for what this client has)
   * arrived: the server holds the document in memory by then.
   */
  firstStep1At = Number.NaN;
  /** Bytes received until the first sync was done. */
  bytesUntilSynced = 0;
  /**
   * Keep what the server sends instead of applying it (`applyHeld` applies it), so that applying
   * a large document does not hold up this process while it times what arrives next.
   */
  holdUpdates = false;
  private held: Uint8Array[] = [];
  private step2Answers = 0;
  private readonly socket: WebSocket;
  private presenceClock = 0;

  constructor(
    private readonly wire: SyncWire,
    readonly documentName: string,
  ) {
    this.socket = new WebSocket(wire.url(documentName));
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('open', () => {
      this.openedAt = performance.now();
      // As the provider does: the token, then at once the sync step 1 (Hocuspocus queues it until
      // the connection is established).
      const hello = wire.hello(documentName);
      if (hello) this.socket.send(hello);
      this.askForSync();
    });
    this.socket.on('message', (data: Buffer) => this.receive(data));
    this.socket.on('close', () => {
      this.closed = true;
      this.events.emit('closed');
    });
    this.socket.on('error', () => undefined);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_SERVER) return;
      // Before the socket opens nothing is sent: the first sync's step 2 carries it instead.
      if (this.send(syncBody(STEP_UPDATE, update))) this.toBeAcknowledged++;
    });
  }

  /** Resolves once the first sync is done; rejects if the socket closes first. */
  synced(timeoutMs = 60_000): Promise<void> {
    return waitUntil(
      `sync of ${this.documentName}`,
      this.events,
      'message',
      () => {
        if (this.closed && !this.isSynced)
          throw new Error(`${this.documentName} closed before sync.`);
        return this.isSynced;
      },
      timeoutMs,
    );
  }

  /** Applies what arrived while `holdUpdates` was set, and applies what arrives from now on. */
  applyHeld(): void {
    this.holdUpdates = false;
    for (const update of this.held) Y.applyUpdate(this.doc, update, FROM_SERVER);
    this.held = [];
  }

  /** Resolves once the server's first sync step 1 has arrived (see `firstStep1At`). */
  askedBack(timeoutMs = 60_000): Promise<void> {
    return waitUntil(
      `sync step 1 from ${this.documentName}`,
      this.events,
      'message',
      () => {
        if (this.closed) throw new Error(`${this.documentName} closed before its sync step 1.`);
        return !Number.isNaN(this.firstStep1At);
      },
      timeoutMs,
    );
  }

  /**
   * Resolves once the server holds every update this client sent: Hocuspocus acknowledges each
   * one; the reference server, which does not, answers a sync step 1 after handling every
   * message sent before it.
   */
  acknowledged(timeoutMs = 60_000): Promise<void> {
    if (this.wire.name === 'hocuspocus') {
      return waitUntil(
        `acknowledgement of ${this.documentName}`,
        this.events,
        'message',
        () => this.acknowledgements >= this.toBeAcknowledged,
        timeoutMs,
      );
    }
    const target = this.step2Answers + 1;
    this.askForSync();
    return waitUntil(
      `answer from ${this.documentName}`,
      this.events,
      'message',
      () => this.step2Answers >= target,
      timeoutMs,
    );
  }

  /** Sends this client's presence (a cursor), as a provider's awareness would; returns its clock. */
  sendPresence(state: unknown): number {
    this.send(awarenessBody(this.doc.clientID, ++this.presenceClock, state));
    return this.presenceClock;
  }

  /** Bytes waiting in the socket's send buffer (back-pressure from the server). */
  get buffered(): number {
    return this.socket.bufferedAmount;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    const closed = new Promise<void>((resolve) => this.events.once('closed', resolve));
    this.socket.close();
    this.doc.destroy();
    return closed;
  }

  /** Drops the connection at once, without a closing handshake. */
  terminate(): void {
    this.socket.terminate();
    this.doc.destroy();
  }

  private askForSync(): void {
    this.send(syncBody(STEP_1, Y.encodeStateVector(this.doc)));
  }

  /** Sends `body` if the socket is open; returns whether it did. */
  private send(body: Uint8Array): boolean {
    if (this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(this.wire.frame(this.documentName, body));
    return true;
  }

  private receive(data: Buffer): void {
    this.framesReceived++;
    this.bytesReceived += data.byteLength;
    const reader = this.wire.open(
      this.documentName,
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    if (reader === null) return;
    switch (reader.varUint()) {
      case MESSAGE_SYNC: {
        const step = reader.varUint();
        const payload = reader.varBytes();
        if (step === STEP_1) {
          if (Number.isNaN(this.firstStep1At)) this.firstStep1At = performance.now();
          if (this.send(syncBody(STEP_2, Y.encodeStateAsUpdate(this.doc, payload)))) {
            this.toBeAcknowledged++;
          }
        } else {
          if (step === STEP_2 && Number.isNaN(this.firstStep2At)) {
            this.firstStep2At = performance.now();
          }
          if (this.holdUpdates) this.held.push(payload);
          else Y.applyUpdate(this.doc, payload, FROM_SERVER);
          if (step === STEP_2) this.step2Answers++;
          if (step === STEP_2 && !this.isSynced) {
            this.isSynced = true;
            this.bytesUntilSynced = this.bytesReceived;
            this.events.emit('synced');
          }
        }
        break;
      }
      case MESSAGE_AWARENESS: {
        this.awarenessReceived++;
        if (this.onPresence === null) break;
        const update = new WireReader(reader.varBytes());
        for (let count = update.varUint(); count > 0; count--) {
          const clientId = update.varUint();
          const clock = update.varUint();
          update.varBytes();
          this.onPresence(clientId, clock);
        }
        break;
      }
      case MESSAGE_AUTH: {
        const answer = reader.varUint();
        if (answer === AUTH_DENIED) this.socket.close();
        break;
      }
      case MESSAGE_SYNC_STATUS:
        this.acknowledgements++;
        break;
    }
    this.events.emit('message');
  }
}
