import type { BoardChange, BoardView, ModelEnv } from '@cairn/model';
import type { Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { BoardService } from '../boards/BoardService.js';
import type { AddedComment } from '../comments/createCommentServices.js';
import type { Db } from '../storage/Db.js';
import { BoardChangeExtension } from './BoardChangeExtension.js';
import { PublicationStore } from './PublicationStore.js';
import { WebhookDispatcher } from './WebhookDispatcher.js';
import type { WebhookEvent } from './webhookEvents.js';
import { DEFAULT_RETRY_DELAYS_MS, type WebhookSettings } from './WebhookSettings.js';
import { WebhookStore } from './WebhookStore.js';

/** Published read-only views and webhooks (docs/publishing.md). */
export interface PublishingServices {
  /** Hocuspocus extensions publishing needs (board change events for webhooks). */
  readonly extensions: readonly Extension[];
  readonly publications: PublicationStore;
  readonly webhooks: WebhookStore;
  readonly settings: WebhookSettings;
  /** Starts noticing the changes of a board that just got a webhook. */
  watchBoard(boardId: string): void;
  /** Sends `comment.added` to the board's webhooks. */
  commentAdded(comment: AddedComment): void;
  /** Called once the board service exists. */
  start(boards: BoardService): void;
  /** Stops timers (webhook retries); called before the database closes. */
  stop(): void;
}

/** The webhook event of each change `diffBoards` reports; other changes are not sent. */
const EVENT_OF_CHANGE: Partial<Record<BoardChange['type'], WebhookEvent>> = {
  added: 'item.created',
  removed: 'item.deleted',
  moved: 'item.moved',
  status: 'item.status_changed',
};

/** The `data` of an item event (docs/publishing.md#events). */
function itemEventData(change: BoardChange, after: BoardView): Record<string, unknown> {
  const { collection, id, title, noun } = change.entry;
  const base = { boardTitle: after.title, item: { collection, id, title, noun } };
  if (change.type === 'moved') {
    const { field, from, to, fromName, toName } = change;
    return { ...base, field, from, to, fromName, toName };
  }
  if (change.type === 'status') return { ...base, from: change.from, to: change.to };
  return base;
}

/** Builds the stores, the dispatcher and the change watcher over `db`. */
export function createPublishingServices(
  db: Db,
  env: ModelEnv,
  logger: Logger,
  settings: WebhookSettings = { allowPrivate: false, retryDelaysMs: DEFAULT_RETRY_DELAYS_MS },
): PublishingServices {
  const publications = new PublicationStore(db, env.now);
  const webhooks = new WebhookStore(db, Date.now);
  // Retries are about real time, even when a test fakes the model's clock.
  const dispatcher = new WebhookDispatcher({ store: webhooks, settings, logger });
  const hasWebhook = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM webhooks WHERE board = ? LIMIT 1',
  );
  let boards: BoardService | undefined;
  const changes = new BoardChangeExtension({
    isWatched: (boardId) => hasWebhook.get(boardId) !== undefined,
    onChanges: (boardId, found, after) => {
      for (const change of found) {
        const type = EVENT_OF_CHANGE[change.type];
        // Entries of the board's `items` map only: lanes, horizons and releases are not items.
        if (!type || change.entry.collection !== 'items') continue;
        dispatcher.publish({
          type,
          boardId,
          occurredAt: Date.now(),
          data: itemEventData(change, after),
        });
      }
    },
    logger,
  });
  return {
    extensions: [changes],
    publications,
    webhooks,
    settings,
    watchBoard: (boardId) => changes.watch(boardId),
    commentAdded: (comment) => {
      try {
        dispatcher.publish({
          type: 'comment.added',
          boardId: comment.boardId,
          occurredAt: comment.createdAt,
          data: {
            boardTitle: boards?.summary(comment.boardId).title ?? '',
            threadId: comment.threadId,
            commentId: comment.commentId,
            anchor: comment.anchor,
            author: comment.author,
            body: comment.body,
          },
        });
      } catch (error) {
        // The comment is stored and answered 201 whatever happens here.
        logger.error({ err: error, boardId: comment.boardId }, 'could not queue comment.added');
      }
    },
    start: (service) => {
      boards = service;
      dispatcher.start();
    },
    stop: () => {
      // Changes not compared yet are stored as pending deliveries, sent after the restart.
      dispatcher.stop();
      changes.flush();
    },
  };
}
