import type { Logger } from 'pino';
import { postWebhook, type WebhookOutcome, type WebhookRequest } from './postWebhook.js';
import { signWebhook } from './signWebhook.js';
import type { BoardEvent } from './webhookEvents.js';
import type { WebhookSettings } from './WebhookSettings.js';
import type { NextDelivery, WebhookStore } from './WebhookStore.js';

/** How long one attempt may take, answer included. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Attempts running at once, over every board: a slow receiver holds one slot, never all. */
const CONCURRENCY = 8;

/** Webhooks looked at per round; more wait for the next round (bounded work per round). */
const WEBHOOKS_PER_ROUND = 1_000;

/** Longest wait Node's setTimeout takes; later deliveries are looked at again then. */
const MAX_TIMER_MS = 2_147_483_647;

/** What the dispatcher works with; `now` and `post` are injectable for tests. */
export interface WebhookDispatcherOptions {
  readonly store: WebhookStore;
  readonly settings: WebhookSettings;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly post?: (request: WebhookRequest) => Promise<WebhookOutcome>;
  readonly timeoutMs?: number;
}

/**
 * Delivers board events to webhooks (docs/publishing.md#delivery). Each event is stored as one
 * pending delivery per subscribed webhook before any attempt, then POSTed, signed, with at most
 * one attempt in flight per webhook and CONCURRENCY over all. A network error, a timeout or a
 * non-2xx answer schedules the next attempt after the next of `settings.retryDelaysMs`; after
 * the last, the delivery is failed. Pending deliveries survive restarts.
 */
export class WebhookDispatcher {
  private readonly store: WebhookStore;
  private readonly settings: WebhookSettings;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly post: (request: WebhookRequest) => Promise<WebhookOutcome>;
  private readonly timeoutMs: number;
  /** Webhooks with an attempt in flight. */
  private readonly busy = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(options: WebhookDispatcherOptions) {
    this.store = options.store;
    this.settings = options.settings;
    this.logger = options.logger;
    this.now = options.now ?? Date.now;
    this.post = options.post ?? postWebhook;
    this.timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  }

  /** Starts delivering, pending deliveries of an earlier run first. */
  start(): void {
    this.running = true;
    this.pump();
  }

  /** Stops scheduling; attempts in flight finish but record nothing (they are retried later). */
  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Stores a delivery of `event` for every webhook of its board that wants it, then sends. */
  publish(event: BoardEvent): void {
    const occurredAt = new Date(event.occurredAt).toISOString();
    const queued = this.store.enqueue(event.boardId, event.type, (id) =>
      JSON.stringify({
        id,
        type: event.type,
        boardId: event.boardId,
        occurredAt,
        data: event.data,
      }),
    );
    if (queued > 0) this.pump();
  }

  /** Starts every due delivery it may, and sets the timer for the next one. */
  private pump(): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    let nextAt = Infinity;
    for (const delivery of this.store.nextPerWebhook(WEBHOOKS_PER_ROUND)) {
      if (this.busy.has(delivery.webhookId)) continue;
      if (delivery.nextAt > now) nextAt = Math.min(nextAt, delivery.nextAt);
      else if (this.busy.size < CONCURRENCY) this.attempt(delivery);
    }
    // Full: a finishing attempt pumps again. Otherwise wake for the next due delivery.
    if (this.busy.size < CONCURRENCY && nextAt < Infinity) {
      const wait = Math.min(Math.max(nextAt - now, 0), MAX_TIMER_MS);
      this.timer = setTimeout(() => this.pump(), wait);
      this.timer.unref();
    }
  }

  private attempt(delivery: NextDelivery): void {
    this.busy.add(delivery.webhookId);
    const startedAt = this.now();
    // A second longer than the attempt may take: after a crash mid-attempt it is retried then.
    this.store.lease(delivery.id, startedAt + this.timeoutMs + 1_000);
    const request: WebhookRequest = {
      url: delivery.url,
      body: delivery.body,
      timeoutMs: this.timeoutMs,
      allowPrivate: this.settings.allowPrivate,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Cairn-Webhooks/1',
        'Cairn-Event': delivery.type,
        'Cairn-Delivery': delivery.id,
        'Cairn-Signature': signWebhook(
          delivery.secret,
          delivery.body,
          Math.floor(startedAt / 1000),
        ),
      },
    };
    void this.post(request)
      .then((outcome) => {
        if (this.running) this.record(delivery, outcome);
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error, delivery: delivery.id }, 'webhook attempt failed');
      })
      .finally(() => {
        this.busy.delete(delivery.webhookId);
        this.pump();
      });
  }

  private record(delivery: NextDelivery, outcome: WebhookOutcome): void {
    const attempts = delivery.attempts + 1;
    if (outcome.ok) {
      this.store.recordAttempt(delivery.id, {
        state: 'delivered',
        attempts,
        nextAt: null,
        status: outcome.status,
        error: null,
      });
      return;
    }
    const delay = this.settings.retryDelaysMs[attempts - 1];
    const log = { webhook: delivery.webhookId, delivery: delivery.id, attempts };
    if (delay === undefined) {
      this.logger.warn({ ...log, error: outcome.error }, 'webhook delivery failed for good');
    } else {
      this.logger.info(
        { ...log, error: outcome.error, retryInMs: delay },
        'webhook delivery failed',
      );
    }
    this.store.recordAttempt(delivery.id, {
      state: delay === undefined ? 'failed' : 'pending',
      attempts,
      nextAt: delay === undefined ? null : this.now() + delay,
      status: outcome.status,
      error: outcome.error,
    });
  }
}
