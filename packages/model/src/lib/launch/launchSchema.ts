/**
 * The layout of a launch board's Yjs document, on top of the `meta` and `items` root maps every
 * board has (see ../core/schema.ts). `docs/boards/launch.md` describes it for third-party clients.
 *
 * - `meta`   also holds `launchDate` and `tier`.
 * - `tracks` Y.Map<trackId, Y.Map>: one track per function (product, marketing…), ordered.
 * - `items`  Y.Map<taskId, Y.Map>: the tasks of the plan.
 */

/** Name of the root map holding a launch board's tracks. */
export const TRACKS = 'tracks';

/** Field names a launch board adds to the `meta` map. */
export const LAUNCH_META_FIELDS = {
  /**
   * Launch day as an ISO calendar date 'YYYY-MM-DD' (no time, no zone): a launch happens on a
   * day, for everyone, wherever they are. Every task's due date is relative to it, so changing
   * this one value reschedules the whole plan, and a concurrent edit of a task's offset survives.
   */
  launchDate: 'launchDate',
  /** One of LAUNCH_TIERS: how big the launch is, which decides how much of the plan applies. */
  tier: 'tier',
} as const;

/** How big a launch is: tier-1 a major launch with press, tier-3 a minor release note. */
export const LAUNCH_TIERS = ['tier-1', 'tier-2', 'tier-3'] as const;
export type LaunchTier = (typeof LAUNCH_TIERS)[number];

/** The tier of a new board when the caller names none, and of a board whose tier is garbage. */
export const DEFAULT_LAUNCH_TIER: LaunchTier = 'tier-2';

/**
 * Where a task is. `blocked` counts as not done for readiness; `cancelled` tasks are out of the
 * plan and count neither as done nor as to do (see computeReadiness).
 */
export const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Field names of a track's Y.Map. */
export const TRACK_FIELDS = {
  /** Shown as the section title; plain string, last writer wins. */
  name: 'name',
  /** Fractional order key among tracks; ties are broken by track id. */
  order: 'order',
  /**
   * Tombstone. Tracks are archived, never removed, so a task added to a track while someone
   * else deletes it still points at a track we know, and can follow `movedTo`.
   */
  archived: 'archived',
  /**
   * Set when the track is deleted: the track its tasks now show in. Readers follow it (and the
   * target's own `movedTo`, if that was deleted too), so a task someone adds to the track while
   * it is being deleted lands with the others instead of wherever the fallback puts it.
   */
  movedTo: 'movedTo',
} as const;

/** Field names of a task's Y.Map. */
export const TASK_FIELDS = {
  /** Short name shown in the plan; plain string, last writer wins. */
  title: 'title',
  /** Y.XmlFragment edited live with TipTap (see ../core/richText.ts). */
  description: 'description',
  /** Free-text name of the person who owns the task. */
  owner: 'owner',
  /** One of TASK_STATUSES. */
  status: 'status',
  /**
   * Id of the task's track; may name an archived track (follow its `movedTo`) or an unknown one
   * after a concurrent delete, in which case the task shows in the first live track.
   */
  track: 'track',
  /**
   * Due date as whole days relative to launch day: -14 is two weeks before (T-14d), 7 a week
   * after (T+7d). Stored relative, never as a date, so moving the launch date moves every task.
   */
  offsetDays: 'offsetDays',
  /** Milliseconds since the epoch, from the injected clock of whoever created the task. */
  createdAt: 'createdAt',
  /** Milliseconds since the epoch of the last change made through a named operation. */
  updatedAt: 'updatedAt',
} as const;

/**
 * Limits of a launch board. Text limits reuse the roadmap's where the field means the same
 * (title, owner, description); the offset bound keeps due dates within two years of launch, which
 * also keeps every computed date a valid four-digit-year date.
 */
export const LAUNCH_LIMITS = {
  titleLength: 200,
  ownerLength: 100,
  descriptionLength: 20_000,
  trackNameLength: 80,
  tracksPerBoard: 30,
  tasksPerBoard: 1_000,
  /** Largest |offsetDays|: two years before or after launch day. */
  maxOffsetDays: 730,
  /** Launch dates are refused outside these years (inclusive). */
  minYear: 1970,
  maxYear: 2999,
} as const;

/**
 * The tracks every new launch board starts with, one per function. Their ids are fixed so that
 * REST callers and templates can name them.
 */
export const DEFAULT_TRACKS = [
  { id: 'product', name: 'Product' },
  { id: 'engineering', name: 'Engineering' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'sales', name: 'Sales' },
  { id: 'support', name: 'Support' },
  { id: 'press', name: 'Press & analyst relations' },
] as const;

/** What a new launch board starts with: the go-to-market task list or no tasks. */
export const LAUNCH_TEMPLATES = ['go-to-market', 'empty'] as const;
export type LaunchTemplate = (typeof LAUNCH_TEMPLATES)[number];
