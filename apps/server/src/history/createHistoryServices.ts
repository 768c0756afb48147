import type { ModelEnv } from '@cairn/model';
import type { Extension } from '@hocuspocus/server';
import type { Logger } from 'pino';
import type { BoardService } from '../boards/BoardService.js';
import type { Db } from '../storage/Db.js';
import { ScheduleStore } from './ScheduleStore.js';
import {
  DEFAULT_TICK_MS,
  intervalTimer,
  VersionScheduler,
  type TickTimer,
} from './VersionScheduler.js';
import { VersionService } from './VersionService.js';
import { VersionStore } from './VersionStore.js';

/** Named versions, their schedules, diffs, restore and rollback (docs/history.md). */
export interface HistoryServices {
  /** Hocuspocus extensions the history needs (none: versions are read through BoardService). */
  readonly extensions: readonly Extension[];
  /** Taking, comparing, rolling back and copying versions; available once `start` ran. */
  readonly versions: VersionService;
  /** Automatic versions; `runDue` is what the timer calls, and what tests call. */
  readonly scheduler: VersionScheduler;
  /** Called once the board service exists (it needs Hocuspocus, which needs the extensions). */
  start(boards: BoardService): void;
  /** Stops timers (scheduled versions); called before the database closes. */
  stop(): void;
}

/** How the scheduler's timer runs; tests inject their own to drive ticks. */
export interface HistoryOptions {
  readonly timer?: TickTimer;
  readonly tickMs?: number;
}

export function createHistoryServices(
  db: Db,
  env: ModelEnv,
  logger: Logger,
  options: HistoryOptions = {},
): HistoryServices {
  const store = new VersionStore(db);
  const schedules = new ScheduleStore(db);
  let started: { versions: VersionService; scheduler: VersionScheduler } | undefined;
  const running = () => {
    if (!started) throw new Error('The history services are used before start(boards).');
    return started;
  };
  return {
    extensions: [],
    get versions() {
      return running().versions;
    },
    get scheduler() {
      return running().scheduler;
    },
    start(boards) {
      const versions = new VersionService(store, schedules, boards, env);
      const scheduler = new VersionScheduler(versions, schedules, env, logger);
      scheduler.start(options.timer ?? intervalTimer, options.tickMs ?? DEFAULT_TICK_MS);
      started = { versions, scheduler };
    },
    stop() {
      started?.scheduler.stop();
    },
  };
}
