import type { ModelEnv } from '@cairn/model';
import type { Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { BoardService } from '../boards/BoardService.js';
import type { Db } from '../storage/Db.js';

/** Published read-only views and webhooks (docs/publishing.md). */
export interface PublishingServices {
  /** Hocuspocus extensions publishing needs (board change events for webhooks). */
  readonly extensions: readonly Extension[];
  /** Called once the board service exists. */
  start(boards: BoardService): void;
  /** Stops timers (webhook retries); called before the database closes. */
  stop(): void;
}

export function createPublishingServices(
  _db: Db,
  _env: ModelEnv,
  _logger: Logger,
): PublishingServices {
  return { extensions: [], start: () => undefined, stop: () => undefined };
}
