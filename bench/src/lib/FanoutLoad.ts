import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { seededRandom } from '@cairn/model/testing';
import { RawSyncClient } from './RawSyncClient.js';
import type { SyncWire } from './SyncWire.js';
import { sleep } from './waitUntil.js';

/** The shape of one fan-out run. */
export interface FanoutPlan {
  /** Document name of each board; client `i` joins board `i % boards.length`. */
  readonly boards: readonly string[];
  readonly clients: number;
  /** Clients that edit and move their cursor; the others only watch. */
  readonly activeClients: number;
  readonly editsPerSecond: number;
  readonly presencePerSecond: number;
  /** Load before the measured window, so connections and JIT have settled. */
  readonly warmupSeconds: number;
  readonly seconds: number;
  readonly seed: number;
}

/** What the clients saw. */
export interface FanoutResult {
  /** Per edit: from the sender's transaction to the last peer on its board applying it (ms). */
  readonly everyPeer: readonly number[];
  /** Per delivery: from the sender's transaction to one peer applying it (ms). */
  readonly perDelivery: readonly number[];
  readonly editsSent: number;
  /** Edits not applied by every peer (nor a later edit of the same key) within the drain time. */
  readonly incomplete: number;
  /**
   * Deliveries where the peer got the edit only together with a later edit of the same key (a
   * server may merge the updates it relays), so the later value is what it saw.
   */
  readonly superseded: number;
  /** Boards whose clients' documents still differ after the drain: an update that went missing. */
  readonly divergedBoards: number;
  readonly presenceSent: number;
  /**
   * Per presence state: from its sending to the last peer on its board showing it or a later
   * state of the same client (a server may send only the latest of several), in ms.
   */
  readonly presenceEveryPeer: readonly number[];
  /** Presence states that some peer had not seen (nor a later one) within the drain time. */
  readonly presenceIncomplete: number;
  readonly awarenessReceived: number;
  /** Frames the clients received during the measured window, per second. */
  readonly framesPerSecond: number;
  /** Event-loop delay of the client process itself, p99 (ms): if high, clients were the limit. */
  readonly clientLoopP99Ms: number;
  /** CPU time of the client process over the measured window, in seconds, and the window's length. */
  readonly clientCpuSeconds: number;
  readonly windowSeconds: number;
}

/**
 * One edit or presence state in flight: when it left, and how many peers still have to apply it
 * (a presence state: it or a later one).
 */
interface InFlight {
  readonly sentAt: number;
  remaining: number;
}

const DRAIN_MS = 5_000;
const CONNECT_BATCH = 50;

/**
 * Connects `clients` raw sync clients, spreads them over the boards, and drives steady edits
 * and presence from one ticker in this process: each active client sets its own key of a shared
 * Y.Map (`{seq, x, y}`, the size of a moved card) `editsPerSecond` times a second and sends an
 * awareness state (a cursor) `presencePerSecond` times a second, each at a seeded phase. Every
 * client applies every update it receives to its own Y.Doc; a map observer times each edit's
 * arrival. Measures only edits sent inside the window after the warm-up.
 */
export async function runFanoutLoad(
  wire: SyncWire,
  plan: FanoutPlan,
  onWindow: { start(): Promise<void>; end(): Promise<void> },
  log: (line: string) => void,
): Promise<FanoutResult> {
  const clients: RawSyncClient[] = [];
  try {
    for (let first = 0; first < plan.clients; first += CONNECT_BATCH) {
      const batch: RawSyncClient[] = [];
      for (let index = first; index < Math.min(plan.clients, first + CONNECT_BATCH); index++) {
        batch.push(new RawSyncClient(wire, plan.boards[index % plan.boards.length] ?? ''));
      }
      clients.push(...batch);
      await Promise.all(batch.map((client) => client.synced()));
    }
    log(`${clients.length} clients synced on ${plan.boards.length} boards`);
    return await drive(clients, plan, onWindow);
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

async function drive(
  clients: readonly RawSyncClient[],
  plan: FanoutPlan,
  onWindow: { start(): Promise<void>; end(): Promise<void> },
): Promise<FanoutResult> {
  const peersOf = new Map<string, number>();
  for (const client of clients) {
    peersOf.set(client.documentName, (peersOf.get(client.documentName) ?? 0) + 1);
  }
  const inFlight = new Map<string, InFlight>();
  /** Presence states in flight, by sender's awareness id, then clock. */
  const presenceInFlight = new Map<number, Map<number, InFlight>>();
  const presenceEveryPeer: number[] = [];
  const everyPeer: number[] = [];
  const perDelivery: number[] = [];
  let measuring = false;
  let editsSent = 0;
  let presenceSent = 0;

  let superseded = 0;

  clients.forEach((client) => {
    const map: Y.Map<{ seq: number }> = client.doc.getMap('fanout');
    /** The latest seq this client has seen of each key. */
    const seenSeq = new Map<string, number>();
    map.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged as Set<string>) {
        const seq = map.get(key)?.seq ?? 0;
        const previous = seenSeq.get(key) ?? 0;
        if (seq <= previous) continue;
        seenSeq.set(key, seq);
        // Seeing this seq shows every earlier edit of the key too (one merged update may carry several).
        for (let shown = previous + 1; shown <= seq; shown++) {
          const id = `${key}:${shown}`;
          const edit = inFlight.get(id);
          if (edit === undefined) continue;
          if (shown < seq) superseded++;
          perDelivery.push(now - edit.sentAt);
          if (--edit.remaining === 0) {
            everyPeer.push(now - edit.sentAt);
            inFlight.delete(id);
          }
        }
      }
    });
    /** The latest presence clock this client has seen of each other client. */
    const seen = new Map<number, number>();
    client.onPresence = (clientId, clock) => {
      const previous = seen.get(clientId) ?? 0;
      if (clientId === client.doc.clientID || clock <= previous) return;
      seen.set(clientId, clock);
      const pending = presenceInFlight.get(clientId);
      if (pending === undefined) return;
      const now = performance.now();
      // Seeing this clock shows this client's every earlier state too: each is now superseded.
      for (let shown = previous + 1; shown <= clock; shown++) {
        const state = pending.get(shown);
        if (state !== undefined && --state.remaining === 0) {
          presenceEveryPeer.push(now - state.sentAt);
          pending.delete(shown);
        }
      }
    };
  });

  const random = seededRandom(plan.seed);
  const active = clients.slice(0, plan.activeClients).map((client, index) => {
    const presence = new Map<number, InFlight>();
    presenceInFlight.set(client.doc.clientID, presence);
    return {
      client,
      key: `c${index}`,
      map: client.doc.getMap('fanout'),
      /** The other clients on its board. */
      peers: (peersOf.get(client.documentName) ?? 1) - 1,
      /** Its presence states in flight, by clock. */
      presence,
      seq: 0,
      nextEdit: random() * (1000 / plan.editsPerSecond),
      nextPresence: random() * (1000 / plan.presencePerSecond),
    };
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const framesReceived = () => clients.reduce((sum, client) => sum + client.framesReceived, 0);
  let framesAtStart = 0;
  let framesAtEnd = 0;
  let cpuAtStart = process.cpuUsage();
  let cpuSeconds = 0;
  const started = performance.now();
  const windowStart = plan.warmupSeconds * 1000;
  const windowEnd = windowStart + plan.seconds * 1000;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - started;
      if (!measuring && elapsed >= windowStart) {
        measuring = true;
        framesAtStart = framesReceived();
        cpuAtStart = process.cpuUsage();
        loop.enable();
        void onWindow.start();
      }
      if (elapsed >= windowEnd) {
        framesAtEnd = framesReceived();
        const cpu = process.cpuUsage(cpuAtStart);
        cpuSeconds = (cpu.user + cpu.system) / 1e6;
        clearInterval(tick);
        resolve();
        return;
      }
      for (const sender of active) {
        // Paced against the schedule, so a late tick catches up instead of drifting.
        while (sender.nextEdit <= elapsed) {
          sender.nextEdit += 1000 / plan.editsPerSecond;
          const seq = ++sender.seq;
          if (measuring && sender.peers > 0) {
            inFlight.set(`${sender.key}:${seq}`, {
              sentAt: performance.now(),
              remaining: sender.peers,
            });
            editsSent++;
          }
          sender.map.set(sender.key, {
            seq,
            x: Math.round(random() * 4000),
            y: Math.round(random() * 3000),
          });
        }
        while (sender.nextPresence <= elapsed) {
          sender.nextPresence += 1000 / plan.presencePerSecond;
          const sentAt = performance.now();
          const clock = sender.client.sendPresence({
            cursor: { x: Math.round(random() * 4000), y: Math.round(random() * 3000) },
          });
          if (measuring && sender.peers > 0) {
            sender.presence.set(clock, { sentAt, remaining: sender.peers });
            presenceSent++;
          }
        }
      }
    }, 5);
  });
  loop.disable();
  await onWindow.end();
  const drainUntil = performance.now() + DRAIN_MS;
  const presencePending = () =>
    [...presenceInFlight.values()].reduce((sum, pending) => sum + pending.size, 0);
  const divergedBoards = () => {
    const contents = new Map<string, Set<string>>();
    for (const client of clients) {
      // Sorted: a map lists its keys in the order this client first received them.
      const entries = Object.entries(client.doc.getMap('fanout').toJSON());
      const content = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
      const seen = contents.get(client.documentName) ?? new Set<string>();
      contents.set(client.documentName, seen.add(content));
    }
    return [...contents.values()].filter((seen) => seen.size > 1).length;
  };
  while (
    (inFlight.size > 0 || presencePending() > 0 || divergedBoards() > 0) &&
    performance.now() < drainUntil
  ) {
    await sleep(20);
  }
  return {
    everyPeer,
    perDelivery,
    editsSent,
    incomplete: inFlight.size,
    superseded,
    divergedBoards: divergedBoards(),
    presenceSent,
    presenceEveryPeer,
    presenceIncomplete: presencePending(),
    framesPerSecond: (framesAtEnd - framesAtStart) / plan.seconds,
    awarenessReceived: clients.reduce((sum, client) => sum + client.awarenessReceived, 0),
    clientLoopP99Ms: loop.percentile(99) / 1e6,
    clientCpuSeconds: cpuSeconds,
    windowSeconds: plan.seconds,
  };
}
