import type { Statement } from 'better-sqlite3';
import type { Db } from '../storage/Db.js';
import type { VersionAuthor } from './VersionStore.js';

/** How often a schedule takes a version. */
export const SCHEDULE_PERIODS = ['day', 'week'] as const;
export type SchedulePeriod = (typeof SCHEDULE_PERIODS)[number];

/** Milliseconds of each period. */
export const PERIOD_MS: Record<SchedulePeriod, number> = {
  day: 24 * 60 * 60 * 1000,
  week: 7 * 24 * 60 * 60 * 1000,
};

/** A board's schedule of automatic versions. */
export interface VersionSchedule {
  readonly boardId: string;
  readonly every: SchedulePeriod;
  /** Who set it; automatic versions carry their name. */
  readonly setBy: VersionAuthor;
  /** When the board is next checked for changes (ms since the epoch). */
  readonly nextAt: number;
}

interface ScheduleRow {
  board: string;
  every: SchedulePeriod;
  set_by: string;
  set_by_name: string;
  next_at: number;
}

function toSchedule(row: ScheduleRow): VersionSchedule {
  return {
    boardId: row.board,
    every: row.every,
    setBy: { id: row.set_by, name: row.set_by_name },
    nextAt: row.next_at,
  };
}

/** Schedules of automatic versions, at most one per board (docs/history.md). */
export class ScheduleStore {
  private readonly upsertRow: Statement<[string, string, string, string, number, number]>;
  private readonly selectOne: Statement<[string], ScheduleRow>;
  private readonly selectDue: Statement<[number], ScheduleRow>;
  private readonly claimRow: Statement<[number, string, number]>;
  private readonly deleteRow: Statement<[string]>;

  constructor(db: Db) {
    this.upsertRow = db.prepare(
      `INSERT INTO version_schedules (board, every, set_by, set_by_name, next_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (board) DO UPDATE SET every = excluded.every, set_by = excluded.set_by,
         set_by_name = excluded.set_by_name, next_at = excluded.next_at,
         updated_at = excluded.updated_at`,
    );
    this.selectOne = db.prepare('SELECT * FROM version_schedules WHERE board = ?');
    this.selectDue = db.prepare(
      'SELECT * FROM version_schedules WHERE next_at <= ? ORDER BY next_at, board',
    );
    this.claimRow = db.prepare(
      'UPDATE version_schedules SET next_at = ? WHERE board = ? AND next_at = ?',
    );
    this.deleteRow = db.prepare('DELETE FROM version_schedules WHERE board = ?');
  }

  /** Sets (or replaces) a board's schedule; its first check is one period from `now`. */
  set(boardId: string, every: SchedulePeriod, setBy: VersionAuthor, now: number): VersionSchedule {
    const nextAt = now + PERIOD_MS[every];
    this.upsertRow.run(boardId, every, setBy.id, setBy.name, nextAt, now);
    return { boardId, every, setBy, nextAt };
  }

  get(boardId: string): VersionSchedule | undefined {
    const row = this.selectOne.get(boardId);
    return row && toSchedule(row);
  }

  /** Schedules whose check is due at `now`, earliest first. */
  due(now: number): VersionSchedule[] {
    return this.selectDue.all(now).map(toSchedule);
  }

  /**
   * Moves a due schedule's next check one period past `now`, only if nobody else did since it
   * was read: true means this caller runs the check, so two ticks never take two versions.
   */
  claim(schedule: VersionSchedule, now: number): boolean {
    const next = now + PERIOD_MS[schedule.every];
    return this.claimRow.run(next, schedule.boardId, schedule.nextAt).changes > 0;
  }

  delete(boardId: string): void {
    this.deleteRow.run(boardId);
  }
}
