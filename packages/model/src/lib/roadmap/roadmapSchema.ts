/**
 * The roadmap's own fields beyond the core item (dates, health, releases, dependencies and
 * scores). `lib/core/schema.ts` names the fields every roadmap started with; this file names what
 * the roadmap added since, so the core stays shared by every kind.
 */

/** Name of the root map holding milestones and releases: Y.Map<releaseId, Y.Map>. */
export const RELEASES = 'releases';

/** How an item is doing against its plan, independent of its status. */
export const ITEM_HEALTHS = ['on-track', 'at-risk', 'off-track'] as const;
export type ItemHealth = (typeof ITEM_HEALTHS)[number];

/** RICE impact is a fixed scale (minimal to massive), not a free number, so scores compare. */
export const RICE_IMPACTS = [0.25, 0.5, 1, 2, 3] as const;
export type RiceImpact = (typeof RICE_IMPACTS)[number];

/** A milestone is a date to hit; a release is what ships on a date (items point at releases). */
export const RELEASE_TYPES = ['milestone', 'release'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** Item fields added to the roadmap after the first layout (see ITEM_FIELDS for the rest). */
export const ROADMAP_ITEM_FIELDS = {
  /** 'YYYY-MM-DD' or absent: the first day of work. Written with endDate in one operation. */
  startDate: 'startDate',
  /** 'YYYY-MM-DD' or absent: the last day of work, never before startDate when written. */
  endDate: 'endDate',
  /** One of ITEM_HEALTHS; separate from status because a planned item can already be at risk. */
  health: 'health',
  /** Id of the release the item ships in, or absent; a deleted release reads as none. */
  releaseId: 'releaseId',
  /**
   * Y.Map<itemId, true>: the items this one depends on. A set, so two people adding different
   * dependencies at once both keep theirs; concurrent additions can close a cycle, which readers
   * tolerate.
   */
  dependencies: 'dependencies',
  /** RICE reach: people or events per period, a whole number of at least 0; absent until scored. */
  reach: 'reach',
  /** RICE impact, one of RICE_IMPACTS; absent until scored. */
  impact: 'impact',
  /** RICE confidence in percent, 0–100; absent until scored. */
  confidence: 'confidence',
  /** Effort in person-months, more than 0; shared by the RICE score and value/effort. */
  effort: 'effort',
  /** Business value 1–10 for the value-versus-effort matrix; absent until scored. */
  value: 'value',
} as const;

/** Field names of a release's Y.Map. */
export const RELEASE_FIELDS = {
  /** Shown on the timeline marker and in the release select; 1–80 characters. */
  name: 'name',
  /** 'YYYY-MM-DD': where the marker sits on the timeline. */
  date: 'date',
  /** One of RELEASE_TYPES. */
  type: 'type',
  /** Fractional order key among releases (the manager's list order); ties broken by id. */
  order: 'order',
} as const;

/**
 * Limits of the roadmap's own fields, so the REST API, the UI and the model enforce one rule and
 * no entry grows the document without bound.
 */
export const ROADMAP_LIMITS = {
  releaseNameLength: 80,
  releasesPerBoard: 100,
  dependenciesPerItem: 50,
  /** Reach is a count of people or events; a billion is more than any product's audience. */
  maxReach: 1_000_000_000,
  /** Effort in person-months: a thousand is far past anything a roadmap item should be. */
  maxEffort: 1_000,
  maxConfidence: 100,
  minValue: 1,
  maxValue: 10,
} as const;
