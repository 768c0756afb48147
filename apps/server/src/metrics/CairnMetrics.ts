import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Connection } from '@hocuspocus/server';
import { EventLoopDelaySampler } from './EventLoopDelaySampler.js';

/** What the gauges read when Prometheus scrapes; wired once the collaboration core exists. */
export interface MetricSources {
  /** Open document connections (one socket may carry several boards). */
  connections(): number;
  /** Open WebSockets on `/collab`. */
  sockets(): number;
  /** Boards loaded in memory. */
  documents(): number;
  /** Loaded boards asleep (DocumentHibernation): held as their encoded state. */
  asleep(): number;
  /** The update log's rows not yet folded into a snapshot, across every board. */
  pendingLog(): { readonly rows: number; readonly bytes: number; readonly oldestAt: number | null };
  /** How long a board's presence changes are gathered now, in ms (PresencePacing). */
  presenceWindowMs(): number;
  /** Wall-clock now, in ms, to age the oldest pending row (its `created_at`). */
  now(): number;
}

/** Where an appended update came from, as a label. */
export type UpdateSource = 'socket' | 'server';

/** Seconds, from half a millisecond (a local SQLite commit) to seconds (a stalled loop). */
const LATENCY_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
];

/**
 * Cairn's Prometheus metrics, in a registry of their own (never prom-client's global one, so two
 * servers in one process, as in the tests, never mix their figures). Instrumented code calls the
 * methods below; the gauges read {@link MetricSources} at scrape time, so idle servers do no work.
 */
export class CairnMetrics {
  readonly registry = new Registry();
  private sources: MetricSources | null = null;
  private readonly sampler: EventLoopDelaySampler;
  /** When each frame arrived (by the frame's bytes, which Hocuspocus hands on unchanged). */
  private readonly arrivals = new WeakMap<Uint8Array, number>();
  /** The arrival time of the frame each connection is handling now. */
  private readonly handling = new WeakMap<Connection, number>();

  private readonly updates: Counter<'source'>;
  private readonly updateBytes: Counter<'source'>;
  private readonly ackSeconds: Histogram;
  private readonly compactions: Counter<'outcome'>;
  private readonly compactionSeconds: Histogram;
  private readonly snapshotBytes: Counter;
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpSeconds: Histogram<'method' | 'route'>;

  constructor(private readonly clock: () => number = () => performance.now()) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.defineGauges(registers);
    this.updates = new Counter({
      name: 'cairn_updates_total',
      help: 'Yjs updates appended to the update log, by where they came from (socket or server: REST and server-side writes).',
      labelNames: ['source'],
      registers,
    });
    this.updateBytes = new Counter({
      name: 'cairn_update_bytes_total',
      help: 'Bytes of the Yjs updates appended to the update log.',
      labelNames: ['source'],
      registers,
    });
    this.ackSeconds = new Histogram({
      name: 'cairn_update_ack_seconds',
      help: 'From a socket frame carrying an update arriving to that update committed in the log (the acknowledgement follows at once).',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.compactions = new Counter({
      name: 'cairn_compactions_total',
      help: 'Compactions of a board’s update log into its snapshot, by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    this.compactionSeconds = new Histogram({
      name: 'cairn_compaction_seconds',
      help: 'How long one compaction took (it blocks the event loop).',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.snapshotBytes = new Counter({
      name: 'cairn_snapshot_bytes_total',
      help: 'Bytes of the snapshots compactions wrote (with the update bytes: what reaches storage).',
      registers,
    });
    this.httpRequests = new Counter({
      name: 'cairn_http_requests_total',
      help: 'HTTP requests answered, by method, matched route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpSeconds = new Histogram({
      name: 'cairn_http_request_seconds',
      help: 'How long HTTP requests took to answer, by method and matched route.',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    const loopDelay = new Histogram({
      name: 'cairn_event_loop_delay_seconds',
      help: 'How late a 100 ms timer fired: event-loop delay, sampled ten times a second.',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.sampler = new EventLoopDelaySampler(100, (seconds) => loopDelay.observe(seconds));
  }

  /** Points the gauges at the running server. */
  watch(sources: MetricSources): void {
    this.sources = sources;
  }

  /** A frame arrived on a socket and passed its checks, so its update's latency starts here. */
  frameArrived(frame: Uint8Array): void {
    this.arrivals.set(frame, this.clock());
  }

  /** Hocuspocus starts handling `frame` for `connection` (frames of one connection are handled in order). */
  handlingFrame(connection: Connection, frame: Uint8Array): void {
    const arrivedAt = this.arrivals.get(frame);
    if (arrivedAt !== undefined) this.handling.set(connection, arrivedAt);
  }

  handledFrame(connection: Connection): void {
    this.handling.delete(connection);
  }

  /**
   * An update is appended to the log; `connection` is the socket connection it came from, if
   * any. Returns what to call once it is on disk: the time from its frame's arrival to then is
   * the acknowledgement latency (the acknowledgement goes out right after).
   */
  updateAppended(bytes: number, connection: Connection | null): () => void {
    const source: UpdateSource = connection ? 'socket' : 'server';
    this.updates.inc({ source });
    this.updateBytes.inc({ source }, bytes);
    const arrivedAt = connection ? this.handling.get(connection) : undefined;
    if (arrivedAt === undefined) return () => undefined;
    return () => this.ackSeconds.observe((this.clock() - arrivedAt) / 1000);
  }

  /** One compaction ran for `seconds` and wrote a snapshot of `snapshotBytes` (0: none). */
  compacted(seconds: number, outcome: 'done' | 'failed', snapshotBytes = 0): void {
    this.compactions.inc({ outcome });
    this.compactionSeconds.observe(seconds);
    this.snapshotBytes.inc(snapshotBytes);
  }

  /** One HTTP request answered; `route` is the matched pattern (bounded), never the raw path. */
  httpAnswered(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpSeconds.observe({ method, route }, seconds);
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ readonly contentType: string; readonly text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  stop(): void {
    this.sampler.stop();
  }

  /** Gauges read their value from the sources at scrape time (0 before `watch`). */
  private defineGauges(registers: Registry[]): void {
    const current = () => this.sources;
    const define = (name: string, help: string, pick: (sources: MetricSources) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const sources = current();
          this.set(sources ? pick(sources) : 0);
        },
      });
    define(
      'cairn_connections',
      'Open document connections (one socket may carry several boards).',
      (s) => s.connections(),
    );
    define('cairn_sockets', 'Open WebSockets on /collab.', (s) => s.sockets());
    define('cairn_documents_loaded', 'Boards loaded in memory.', (s) => s.documents());
    define(
      'cairn_documents_asleep',
      'Loaded boards asleep: unchanged for CAIRN_HIBERNATE_AFTER_MS, held as their encoded state.',
      (s) => s.asleep(),
    );
    define(
      'cairn_presence_window_seconds',
      'How long a board gathers presence (cursor) changes before sending them: CAIRN_PRESENCE_WINDOW_MS, longer while the server is busy.',
      (s) => s.presenceWindowMs() / 1000,
    );
    define(
      'cairn_update_log_pending_rows',
      'Updates in the log not yet compacted into a snapshot, all boards.',
      (s) => s.pendingLog().rows,
    );
    define(
      'cairn_update_log_pending_bytes',
      'Bytes of the updates not yet compacted, all boards.',
      (s) => s.pendingLog().bytes,
    );
    define(
      'cairn_update_log_oldest_pending_age_seconds',
      'Compaction lag: age of the oldest update not yet compacted (0 when none).',
      (s) => {
        const { oldestAt } = s.pendingLog();
        return oldestAt === null ? 0 : Math.max(0, (s.now() - oldestAt) / 1000);
      },
    );
  }
}
