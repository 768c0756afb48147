/**
 * The field groups of a roadmap item a publisher may leave out of a published view
 * (docs/publishing.md). Titles, lanes, horizons and releases are always shown: they are the
 * roadmap itself.
 */
export const HIDEABLE_FIELDS = [
  /** The rich-text description: internal notes. */
  'description',
  'owner',
  'status',
  /** Item start and end dates, and release and milestone dates. */
  'dates',
  /** RICE (reach, impact, confidence, effort) and value/effort, with their computed scores. */
  'scores',
  'tags',
  'health',
  /** Dependencies between items of the board. */
  'links',
] as const;
export type HideableField = (typeof HIDEABLE_FIELDS)[number];

/** What a new publication leaves out unless the publisher says otherwise: notes and owners. */
export const DEFAULT_HIDDEN_FIELDS: readonly HideableField[] = ['description', 'owner'];

/** `fields` in the order of HIDEABLE_FIELDS, without repeats, so stored lists compare equal. */
export function normaliseHidden(fields: readonly HideableField[]): HideableField[] {
  return HIDEABLE_FIELDS.filter((field) => fields.includes(field));
}

/** The kinds of board that can be published: the plans people outside the team follow. */
export const PUBLISHABLE_KINDS = ['roadmap', 'launch'] as const;
