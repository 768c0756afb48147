/**
 * The layout of a board's Yjs document. This file is the single place that names the shared
 * types; `docs/schema.md` describes the same layout for third-party clients.
 *
 * Root shared types of every board document:
 * - `meta`     Y.Map: board-wide fields (`schemaVersion`, `kind`, `title`, `createdAt`).
 * - `lanes`    Y.Map<laneId, Y.Map>: swimlanes (teams or themes), ordered by `order`.
 * - `horizons` Y.Map<horizonId, Y.Map>: Now / Next / Later columns, ordered by `order`.
 * - `items`    Y.Map<itemId, Y.Map>: roadmap items.
 */

/** Name of the root map holding board-wide fields. */
export const META = 'meta';
/** Name of the root map holding lanes. */
export const LANES = 'lanes';
/** Name of the root map holding horizons. */
export const HORIZONS = 'horizons';
/** Name of the root map holding items. */
export const ITEMS = 'items';

/**
 * Version of the document layout. A client that finds a higher number than it knows must not
 * write to the document (it would write fields in a shape the newer clients do not expect).
 */
export const SCHEMA_VERSION = 1;

/** The kinds of board Cairn knows; each has its own folder under lib/ and its own view. */
export const BOARD_KINDS = ['roadmap', 'strategy', 'personas', 'launch', 'canvas'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** Where an item is on its way from idea to customers. */
export const ITEM_STATUSES = ['idea', 'planned', 'in-progress', 'shipped', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The horizons every new roadmap starts with; their ids are fixed so REST callers can name them. */
export const DEFAULT_HORIZONS = [
  { id: 'now', name: 'Now' },
  { id: 'next', name: 'Next' },
  { id: 'later', name: 'Later' },
] as const;

/** The lane a new roadmap starts with when the caller names none. */
export const DEFAULT_LANE_NAME = 'General';

/**
 * Limits on text fields. They keep one item from growing the document without bound and give
 * the REST API and the UI the same rule to enforce.
 */
export const LIMITS = {
  titleLength: 200,
  descriptionLength: 20_000,
  ownerLength: 100,
  tagLength: 40,
  tagsPerItem: 20,
  laneNameLength: 80,
  lanesPerBoard: 50,
} as const;

/**
 * Where an item sits. Stored as one plain value (not three Y.Map keys) so that two people moving
 * the same item at once end with exactly one person's move, never the lane of one and the
 * horizon of the other.
 */
export interface Placement {
  /** Id of the lane; may name an archived or unknown lane after a concurrent delete (see `readBoard`). */
  readonly lane: string;
  /** Id of the horizon; may name an unknown horizon after a concurrent delete. */
  readonly horizon: string;
  /** Fractional order key within the (lane, horizon) cell; ties are broken by item id. */
  readonly order: string;
}

/** Field names of an item's Y.Map. */
export const ITEM_FIELDS = {
  /** Short name of the item shown on cards; plain string, last writer wins. */
  title: 'title',
  /** Longer text: rich text (Y.XmlFragment, see core/richText.ts); older boards may hold a string. */
  description: 'description',
  /** One of ITEM_STATUSES. */
  status: 'status',
  /** Free-text name of the person who owns the item. */
  owner: 'owner',
  /** Y.Map<tag, true>: a set, so two people adding different tags at once both keep theirs. */
  tags: 'tags',
  /** A Placement value, replaced whole on every move. */
  placement: 'placement',
  /** Milliseconds since the epoch, from the injected clock of whoever created the item. */
  createdAt: 'createdAt',
  /** Milliseconds since the epoch of the last change made through a named operation. */
  updatedAt: 'updatedAt',
} as const;

/** Field names of a lane's Y.Map. */
export const LANE_FIELDS = {
  name: 'name',
  /** Fractional order key among lanes; ties are broken by lane id. */
  order: 'order',
  /**
   * Tombstone. Lanes are archived, never removed, so an item moved into a lane while someone
   * else deletes it still points at a lane we know; `readBoard` shows such items in the first
   * live lane.
   */
  archived: 'archived',
} as const;

/** Field names of a horizon's Y.Map. */
export const HORIZON_FIELDS = {
  name: 'name',
  /** Fractional order key among horizons; ties are broken by horizon id. */
  order: 'order',
} as const;

/** Field names of the `meta` map. */
export const META_FIELDS = {
  schemaVersion: 'schemaVersion',
  kind: 'kind',
  title: 'title',
  createdAt: 'createdAt',
} as const;
