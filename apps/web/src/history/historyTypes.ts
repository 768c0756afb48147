import type { BoardChange } from '@cairn/model';

/** A named version of a board (docs/history.md). */
export interface VersionSummary {
  readonly id: string;
  readonly name: string;
  readonly author: { readonly id: string; readonly name: string };
  /** Taken by the board's schedule rather than by a person. */
  readonly scheduled: boolean;
  readonly createdAt: number;
}

/** How often the board takes automatic versions; null: never. */
export type SchedulePeriod = 'day' | 'week';

export interface VersionSchedule {
  readonly every: SchedulePeriod;
  readonly setBy: { readonly id: string; readonly name: string };
  readonly nextAt: number;
}

/** `GET /api/boards/:id/versions`. */
export interface VersionList {
  readonly versions: readonly VersionSummary[];
  readonly schedule: VersionSchedule | null;
}

/** One side of a comparison: a version, or `now`. */
export interface ComparedState {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

/** `GET /api/boards/:id/versions/:a/diff/:b`. */
export interface VersionDiff {
  readonly from: ComparedState;
  readonly to: ComparedState;
  readonly changes: readonly BoardChange[];
  readonly changelog: string;
}

/** `POST …/rollback`. */
export interface RollbackResult {
  readonly before: VersionSummary;
  readonly changes: readonly BoardChange[];
}

/** The board a copy made (`POST …/copy`). */
export interface CopiedBoard {
  readonly id: string;
  readonly title: string;
}
