import type { ModelEnv } from '@cairn/model';
import type { Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { BoardService } from '../boards/BoardService.js';
import type { Db } from '../storage/Db.js';

/** Named versions, their schedules, diffs, restore and rollback (docs/history.md). */
export interface HistoryServices {
  /** Hocuspocus extensions the history needs (none yet). */
  readonly extensions: readonly Extension[];
  /** Called once the board service exists (it needs Hocuspocus, which needs the extensions). */
  start(boards: BoardService): void;
  /** Stops timers (scheduled versions); called before the database closes. */
  stop(): void;
}

export function createHistoryServices(_db: Db, _env: ModelEnv, _logger: Logger): HistoryServices {
  return { extensions: [], start: () => undefined, stop: () => undefined };
}
