/** The events a webhook may subscribe to (docs/publishing.md). */
export const WEBHOOK_EVENTS = [
  'item.created',
  'item.moved',
  'item.status_changed',
  'item.deleted',
  'comment.added',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** One event of one board, before it is addressed to the webhooks that want it. */
export interface BoardEvent {
  readonly type: WebhookEvent;
  readonly boardId: string;
  /** Ms since the epoch. */
  readonly occurredAt: number;
  /** The event's own fields (docs/publishing.md#events). */
  readonly data: Readonly<Record<string, unknown>>;
}
