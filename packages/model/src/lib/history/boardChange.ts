/**
 * What one difference between two states of a board looks like. The types live here, apart from
 * `diffBoards`, so the per-kind comparers can import them without an import cycle;
 * `diffBoards.ts` re-exports them.
 */

/** Where an entry lives: a root map of the document, or `meta` for the board itself. */
export type EntryCollection =
  'meta' | 'lanes' | 'horizons' | 'tracks' | 'items' | 'releases' | 'shapes';

/** What an entry is, in words people read ("item", "milestone", "goal"…). */
export type EntryNoun =
  | 'board'
  | 'lane'
  | 'horizon'
  | 'track'
  | 'item'
  | 'release'
  | 'milestone'
  | 'goal'
  | 'competitor'
  | 'persona'
  | 'task'
  | 'note'
  | 'shape';

/** One entry of a board (a roadmap item or release, a goal, a persona, a launch task…). */
export interface EntryRef {
  /**
   * The root map holding it: `items`, `releases`, `lanes`, `horizons` or `tracks`; `meta` for
   * the board itself (then `id` is ''); `shapes` for a shape of a canvas's whiteboard.
   */
  readonly collection: string;
  readonly id: string;
  /** Its title (or name) in the later of the two boards compared; the earlier one if removed. */
  readonly title: string;
  /** What it is, for the changelog and badges; a release reads as `milestone` when it is one. */
  readonly noun: EntryNoun;
}

/** The dated fields a `rescheduled` change names. */
export type DateField = 'startDate' | 'endDate' | 'date' | 'dueDate' | 'launchDate';

/**
 * One difference between two states of a board. The discriminants `added`, `removed`, `moved`
 * and `status` are relied on by webhooks (item created, moved, status changed): keep them.
 */
export type BoardChange =
  | { readonly type: 'added'; readonly entry: EntryRef }
  | { readonly type: 'removed'; readonly entry: EntryRef }
  | {
      /** Moved between lanes, horizons (roadmap) or tracks (launch). */
      readonly type: 'moved';
      readonly entry: EntryRef;
      /** `lane`, `horizon` or `track`. */
      readonly field: string;
      /** Ids of the lane, horizon or track. */
      readonly from: string | null;
      readonly to: string | null;
      /** Their names as each board showed them (a lane renamed meanwhile keeps its old name). */
      readonly fromName: string;
      readonly toName: string;
    }
  | {
      readonly type: 'status';
      readonly entry: EntryRef;
      /** The status values as stored (`in-progress`, `done`…); null for a goal nobody judged. */
      readonly from: string | null;
      readonly to: string | null;
    }
  | {
      /** A date set, cleared or changed. */
      readonly type: 'rescheduled';
      readonly entry: EntryRef;
      readonly field: DateField;
      /** 'YYYY-MM-DD', or null when the date was not set. */
      readonly from: string | null;
      readonly to: string | null;
      /** Calendar days from `from` to `to`: positive means it slipped later; null unless both set. */
      readonly days: number | null;
    }
  | {
      readonly type: 'renamed';
      readonly entry: EntryRef;
      readonly from: string;
      readonly to: string;
    }
  | {
      /**
       * Any other field people review: an item's owner, health or release; a release's type; a
       * launch's tier; a goal's progress; a persona's role or segment; the vision.
       */
      readonly type: 'changed';
      readonly entry: EntryRef;
      readonly field: string;
      /** The value as people read it ('' when empty). */
      readonly from: string;
      readonly to: string;
    };

/** The discriminants of BoardChange, in the order the changelog groups them. */
export const CHANGE_TYPES = [
  'added',
  'removed',
  'moved',
  'rescheduled',
  'status',
  'renamed',
  'changed',
] as const satisfies readonly BoardChange['type'][];
