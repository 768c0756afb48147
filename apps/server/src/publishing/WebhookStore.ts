import type { Statement } from 'better-sqlite3';
import { newId } from '../auth/secrets.js';
import type { Db } from '../storage/Db.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhookEvents.js';

/** A webhook as its board's admins list it: never the secret. */
export interface Webhook {
  readonly id: string;
  readonly boardId: string;
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly createdBy: string;
  readonly createdAt: number;
}

/** A webhook with the secret its deliveries are signed with: for the dispatcher only. */
export interface SigningWebhook extends Webhook {
  readonly secret: string;
}

/** What registering a webhook takes. */
export interface NewWebhook {
  readonly boardId: string;
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly secret: string;
  readonly createdBy: string;
}

/** Where a delivery stands. */
export type DeliveryState = 'pending' | 'delivered' | 'failed';

/** One event for one webhook, as admins see it under "recent deliveries". */
export interface Delivery {
  readonly id: string;
  readonly webhookId: string;
  readonly type: WebhookEvent;
  readonly state: DeliveryState;
  readonly attempts: number;
  /** Ms since the epoch of the next attempt; null once delivered or given up. */
  readonly nextAttemptAt: number | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The next pending delivery of one webhook, with what an attempt needs. */
export interface NextDelivery {
  readonly id: string;
  readonly webhookId: string;
  readonly type: WebhookEvent;
  readonly body: string;
  readonly attempts: number;
  /** Ms since the epoch when it is due. */
  readonly nextAt: number;
  readonly url: string;
  readonly secret: string;
}

/** How many settled deliveries are kept per webhook, newest first: enough to debug, bounded. */
export const KEPT_DELIVERIES = 100;

interface WebhookRow {
  id: string;
  board: string;
  url: string;
  events: string;
  secret: string;
  created_by: string;
  created_at: number;
}

interface DeliveryRow {
  id: string;
  webhook: string;
  type: WebhookEvent;
  state: DeliveryState;
  attempts: number;
  next_at: number | null;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

const WEBHOOK_COLUMNS = 'id, board, url, events, secret, created_by, created_at';
const DELIVERY_COLUMNS =
  'id, webhook, type, state, attempts, next_at, last_status, last_error, created_at, updated_at';

function parseEvents(json: string): WebhookEvent[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? WEBHOOK_EVENTS.filter((event) => value.includes(event)) : [];
}

function toWebhook(row: WebhookRow): SigningWebhook {
  return {
    id: row.id,
    boardId: row.board,
    url: row.url,
    events: parseEvents(row.events),
    secret: row.secret,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Without the secret, for everything that is not the dispatcher. */
export function publicWebhook(webhook: SigningWebhook): Webhook {
  return {
    id: webhook.id,
    boardId: webhook.boardId,
    url: webhook.url,
    events: webhook.events,
    createdBy: webhook.createdBy,
    createdAt: webhook.createdAt,
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    webhookId: row.webhook,
    type: row.type,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Webhooks of boards and their deliveries, in SQLite: a delivery is stored before its first
 * attempt and stays pending until delivered or given up, so a restart resumes the retries.
 */
export class WebhookStore {
  private readonly insertWebhook: Statement<
    [string, string, string, string, string, string, number]
  >;
  private readonly selectWebhook: Statement<[string, string], WebhookRow>;
  private readonly selectWebhooksOf: Statement<[string], WebhookRow>;
  private readonly deleteWebhookRow: Statement<[string, string]>;
  private readonly insertDelivery: Statement<
    [string, string, string, string, number, number, number]
  >;
  private readonly selectDeliveriesOf: Statement<[string, number], DeliveryRow>;
  private readonly selectNext: Statement<[number], NextDelivery>;
  private readonly leaseRow: Statement<[number, number, string]>;
  private readonly settleRow: Statement<
    [DeliveryState, number, number | null, number | null, string | null, number, string]
  >;
  private readonly pruneRows: Statement<[string, string, number]>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.insertWebhook = db.prepare(
      `INSERT INTO webhooks (id, board, url, events, secret, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectWebhook = db.prepare(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = ? AND board = ?`,
    );
    this.selectWebhooksOf = db.prepare(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE board = ? ORDER BY created_at, rowid`,
    );
    this.deleteWebhookRow = db.prepare('DELETE FROM webhooks WHERE id = ? AND board = ?');
    this.insertDelivery = db.prepare(
      `INSERT INTO webhook_deliveries
         (id, webhook, type, body, state, attempts, next_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    );
    this.selectDeliveriesOf = db.prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE webhook = ?
       ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    );
    // One row per webhook: its pending delivery due first (ties: the older row).
    this.selectNext = db.prepare(
      `SELECT d.id, d.webhook AS webhookId, d.type, d.body, d.attempts, d.next_at AS nextAt,
              w.url, w.secret
       FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook
       WHERE d.state = 'pending' AND NOT EXISTS (
         SELECT 1 FROM webhook_deliveries e
         WHERE e.webhook = d.webhook AND e.state = 'pending'
           AND (e.next_at < d.next_at OR (e.next_at = d.next_at AND e.rowid < d.rowid)))
       ORDER BY d.next_at LIMIT ?`,
    );
    this.leaseRow = db.prepare(
      `UPDATE webhook_deliveries SET next_at = ?, updated_at = ? WHERE id = ? AND state = 'pending'`,
    );
    this.settleRow = db.prepare(
      `UPDATE webhook_deliveries
       SET state = ?, attempts = ?, next_at = ?, last_status = ?, last_error = ?, updated_at = ?
       WHERE id = ?`,
    );
    this.pruneRows = db.prepare(
      `DELETE FROM webhook_deliveries
       WHERE webhook = ? AND state != 'pending' AND id NOT IN (
         SELECT id FROM webhook_deliveries WHERE webhook = ?
         ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    );
  }

  /** Registers a webhook. */
  create(webhook: NewWebhook): SigningWebhook {
    const id = newId('wh_');
    const createdAt = this.now();
    this.insertWebhook.run(
      id,
      webhook.boardId,
      webhook.url,
      JSON.stringify(webhook.events),
      webhook.secret,
      webhook.createdBy,
      createdAt,
    );
    return { id, ...webhook, createdAt };
  }

  /** Webhook `id` of board `boardId`, or undefined. */
  get(boardId: string, id: string): SigningWebhook | undefined {
    const row = this.selectWebhook.get(id, boardId);
    return row ? toWebhook(row) : undefined;
  }

  /** Every webhook of a board, oldest first. */
  listOn(boardId: string): SigningWebhook[] {
    return this.selectWebhooksOf.all(boardId).map(toWebhook);
  }

  /** Deletes a webhook with its deliveries, pending ones too; false when there was none. */
  delete(boardId: string, id: string): boolean {
    return this.deleteWebhookRow.run(id, boardId).changes > 0;
  }

  /**
   * Stores one delivery per webhook of `boardId` subscribed to `type`, due now, in one
   * transaction. `bodyFor` makes the exact JSON body from the delivery id. Returns how many.
   */
  enqueue(boardId: string, type: WebhookEvent, bodyFor: (deliveryId: string) => string): number {
    const at = this.now();
    const subscribed = this.listOn(boardId).filter((webhook) => webhook.events.includes(type));
    this.db.transaction(() => {
      for (const webhook of subscribed) {
        const id = newId('dl_');
        this.insertDelivery.run(id, webhook.id, type, bodyFor(id), at, at, at);
        this.pruneRows.run(webhook.id, webhook.id, KEPT_DELIVERIES);
      }
    })();
    return subscribed.length;
  }

  /** The most recent deliveries of a webhook, newest first. */
  deliveriesOf(webhookId: string, limit = KEPT_DELIVERIES): Delivery[] {
    return this.selectDeliveriesOf.all(webhookId, limit).map(toDelivery);
  }

  /** For each of up to `limit` webhooks with pending deliveries, the one due first. */
  nextPerWebhook(limit: number): NextDelivery[] {
    return this.selectNext.all(limit);
  }

  /**
   * Pushes a pending delivery's due time to `until` while an attempt runs, so it is not picked
   * twice, and is picked again after a crash in the middle of the attempt.
   */
  lease(id: string, until: number): void {
    this.leaseRow.run(until, this.now(), id);
  }

  /** Records an attempt: delivered, failed for good, or pending again until `nextAt`. */
  recordAttempt(
    id: string,
    outcome: {
      readonly state: DeliveryState;
      readonly attempts: number;
      readonly nextAt: number | null;
      readonly status: number | null;
      readonly error: string | null;
    },
  ): void {
    this.settleRow.run(
      outcome.state,
      outcome.attempts,
      outcome.nextAt,
      outcome.status,
      outcome.error,
      this.now(),
      id,
    );
  }
}
