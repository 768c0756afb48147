import { ModelError, type ModelEnv } from '@cairn/model';
import type { Logger } from 'pino';
import type { Identity } from '../auth/Identity.js';
import type { ScheduleStore, VersionSchedule } from './ScheduleStore.js';
import type { VersionService } from './VersionService.js';

/** How often (real time) the scheduler looks for due schedules. */
export const DEFAULT_TICK_MS = 60_000;

/** Most schedules one tick runs; the rest wait for the next tick (every loop is bounded). */
const SCHEDULES_PER_TICK = 100;

/** Starts calling `tick` repeatedly; returns how to stop. Injected so tests drive ticks. */
export type TickTimer = (tick: () => void, everyMs: number) => () => void;

/** A real interval that does not keep the process alive. */
export const intervalTimer: TickTimer = (tick, everyMs) => {
  const handle = setInterval(tick, everyMs);
  handle.unref();
  return () => clearInterval(handle);
};

/**
 * The server's own identity for reading a board on a schedule: it only reads, and the versions
 * it takes carry the name of whoever set the schedule.
 */
const SCHEDULER: Identity = {
  id: 'system:versions',
  name: 'Scheduled versions',
  kind: 'token',
  role: 'admin',
  credentials: {},
};

/**
 * Takes automatic versions of boards with a schedule (docs/history.md). Due times are on the
 * model clock (`env.now`), so tests move a fake clock; the timer only decides how often to look.
 * A board is also brought up to date whenever someone lists its versions (`runDue(boardId)`), so
 * the list never misses a version that was due.
 */
export class VersionScheduler {
  private stopTimer: (() => void) | undefined;
  /** The runs so far, chained: each starts after the previous one ends. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly versions: VersionService,
    private readonly schedules: ScheduleStore,
    private readonly env: ModelEnv,
    private readonly logger: Logger,
  ) {}

  start(timer: TickTimer = intervalTimer, everyMs = DEFAULT_TICK_MS): void {
    const tick = () =>
      void this.runDue().catch((error: unknown) =>
        this.logger.error({ err: error }, 'scheduled versions failed'),
      );
    this.stopTimer ??= timer(tick, everyMs);
  }

  stop(): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
  }

  /**
   * Runs every due schedule (or only board `boardId`'s): each is claimed first, so two runs
   * never take two versions; a board that changed since its last version gets one. Resolves
   * with the number of versions taken. Runs one at a time.
   */
  runDue(boardId?: string): Promise<number> {
    const run = this.queue.then(() => this.runOnce(boardId));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runOnce(boardId: string | undefined): Promise<number> {
    const now = this.env.now();
    const due = this.schedules
      .due(now)
      .filter((schedule) => boardId === undefined || schedule.boardId === boardId)
      .slice(0, SCHEDULES_PER_TICK);
    let taken = 0;
    for (const schedule of due) {
      if (!this.schedules.claim(schedule, now)) continue;
      if (await this.runSchedule(schedule)) taken++;
    }
    return taken;
  }

  private async runSchedule(schedule: VersionSchedule): Promise<boolean> {
    try {
      return (await this.versions.takeIfChanged(schedule, SCHEDULER)) !== undefined;
    } catch (error) {
      // A board deleted since (or never readable again) loses its schedule; others retry later.
      if (error instanceof ModelError && error.code === 'not-found') {
        this.schedules.delete(schedule.boardId);
      }
      this.logger.warn({ err: error, board: schedule.boardId }, 'scheduled version failed');
      return false;
    }
  }
}
