import {
  GOAL_STATUSES,
  ITEM_HEALTHS,
  ITEM_STATUSES,
  isCalendarDate,
  isLaunchDate,
  isRoadmapDate,
  LAUNCH_LIMITS,
  LAUNCH_TIERS,
  LIMITS,
  NOTE_COLORS,
  PERSONA_LIMITS,
  RELEASE_TYPES,
  RICE_IMPACTS,
  ROADMAP_LIMITS,
  STRATEGY_ITEM_TYPES,
  STRATEGY_LIMITS,
  TASK_STATUSES,
  type BoardKind,
} from '@cairn/model';
import { z } from 'zod';

/**
 * What the JSON export writes for each board kind, field by field (docs/formats.md). One table
 * drives both directions, so what the export writes is exactly what the import accepts: a field
 * whose stored value the table refuses (a foreign client's wrong type) is left out of the export,
 * which readers already treat as "not set".
 */

/** How one field of an entry's `Y.Map` travels. */
export type FieldLayout =
  /** A plain JSON value stored as it is (strings, numbers, `placement`, `position`…). */
  | { readonly type: 'value'; readonly schema: z.ZodType }
  /** A `Y.XmlFragment`, as ProseMirror JSON (richTextJson.ts). */
  | { readonly type: 'richText' }
  /** A `Y.Map<key, true>` (tags, dependencies), as a sorted array of its keys. */
  | { readonly type: 'set'; readonly element: z.ZodType<string> }
  /** A `links` `Y.Map` (docs/links.md), as `[{boardId, itemId}]` sorted by key. */
  | { readonly type: 'links' }
  /** A `Y.Map<id, Y.Map>` (an ordered list, a root collection), as `[{id, …fields}]`. */
  | { readonly type: 'list'; readonly fields: Fields };

export type Fields = Readonly<Record<string, FieldLayout>>;

/** The parts of one kind's document besides `meta.schemaVersion`, `kind`, `title`, `createdAt`. */
export interface KindLayout {
  /** Fields the kind adds to the `meta` map (a launch's date and tier). */
  readonly meta: Fields;
  /** Root `Y.Map`s of plain fields (a strategy's statements), by root name. */
  readonly maps: Readonly<Record<string, Fields>>;
  /** Root `Y.Map<id, Y.Map>` collections, by root name; `items` is always one. */
  readonly lists: Readonly<Record<string, Fields>>;
  /** True for a canvas: the tldraw records and their schema (`whiteboard` in the export). */
  readonly whiteboard: boolean;
}

/** Ids as Cairn writes them (16 base-62 characters) and the fixed ones (`now`, `product`). */
export const entryId = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,64}$/, 'must be an id of 1–64 letters, digits, _ or -');

/** A string of at most `max` code points (the model's own measure), possibly empty. */
function text(max: number): z.ZodType<string> {
  return z.string().refine((value) => [...value].length <= max, `at most ${max} characters`);
}

const value = (schema: z.ZodType): FieldLayout => ({ type: 'value', schema });
const timestamp = value(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));
const orderKey = value(z.string().min(1).max(200));
const richText: FieldLayout = { type: 'richText' };
const links: FieldLayout = { type: 'links' };
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const textList: FieldLayout = {
  type: 'list',
  fields: { text: value(text(STRATEGY_LIMITS.listEntryLength)), order: orderKey },
};

const roadmapItem: Fields = {
  title: value(text(LIMITS.titleLength)),
  description: richText,
  status: value(z.enum(ITEM_STATUSES)),
  health: value(z.enum(ITEM_HEALTHS)),
  owner: value(text(LIMITS.ownerLength)),
  tags: { type: 'set', element: text(LIMITS.tagLength) },
  placement: value(
    z.strictObject({
      lane: z.string().max(64),
      horizon: z.string().max(64),
      order: z.string().max(200),
    }),
  ),
  startDate: value(z.string().refine(isRoadmapDate, 'must be a date YYYY-MM-DD')),
  endDate: value(z.string().refine(isRoadmapDate, 'must be a date YYYY-MM-DD')),
  releaseId: value(entryId),
  dependencies: { type: 'set', element: entryId },
  reach: value(z.number().int().min(0).max(ROADMAP_LIMITS.maxReach)),
  impact: value(z.union(RICE_IMPACTS.map((impact) => z.literal(impact)))),
  confidence: value(z.number().min(0).max(ROADMAP_LIMITS.maxConfidence)),
  effort: value(z.number().gt(0).max(ROADMAP_LIMITS.maxEffort)),
  value: value(z.number().int().min(ROADMAP_LIMITS.minValue).max(ROADMAP_LIMITS.maxValue)),
  links,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const strategyItem: Fields = {
  type: value(z.enum(STRATEGY_ITEM_TYPES)),
  title: value(text(STRATEGY_LIMITS.titleLength)),
  order: orderKey,
  description: value(text(STRATEGY_LIMITS.goalDescriptionLength)),
  status: value(z.enum(GOAL_STATUSES)),
  confidence: value(z.number().int().min(0).max(100)),
  keyResults: {
    type: 'list',
    fields: {
      name: value(text(STRATEGY_LIMITS.measureNameLength)),
      start: value(finite),
      target: value(finite),
      current: value(finite),
      unit: value(text(STRATEGY_LIMITS.unitLength)),
      order: orderKey,
    },
  },
  strengths: textList,
  weaknesses: textList,
  differentiation: value(text(STRATEGY_LIMITS.differentiationLength)),
  links,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const persona: Fields = {
  title: value(text(PERSONA_LIMITS.titleLength)),
  role: value(text(PERSONA_LIMITS.roleLength)),
  segment: value(text(PERSONA_LIMITS.segmentLength)),
  goals: textList,
  pains: textList,
  jobs: textList,
  quotes: {
    type: 'list',
    fields: {
      text: value(text(PERSONA_LIMITS.quoteLength)),
      source: value(text(PERSONA_LIMITS.quoteSourceLength)),
      date: value(
        z
          .string()
          .refine((date) => date === '' || isCalendarDate(date), 'must be YYYY-MM-DD or empty'),
      ),
      order: orderKey,
    },
  },
  description: richText,
  order: orderKey,
  links,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const task: Fields = {
  title: value(text(LAUNCH_LIMITS.titleLength)),
  description: richText,
  owner: value(text(LAUNCH_LIMITS.ownerLength)),
  status: value(z.enum(TASK_STATUSES)),
  track: value(entryId),
  offsetDays: value(
    z.number().int().min(-LAUNCH_LIMITS.maxOffsetDays).max(LAUNCH_LIMITS.maxOffsetDays),
  ),
  links,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const coordinate = z.number().refine(Number.isFinite, 'must be a finite number');

const note: Fields = {
  title: value(text(2_000)),
  color: value(z.enum(NOTE_COLORS)),
  position: value(z.strictObject({ x: coordinate, y: coordinate })),
  size: value(z.strictObject({ width: coordinate, height: coordinate })),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** Every kind's layout; the order of `lists` is the order of sections in the export. */
export const BOARD_LAYOUTS: Readonly<Record<BoardKind, KindLayout>> = {
  roadmap: {
    meta: {},
    maps: {},
    lists: {
      lanes: {
        name: value(text(LIMITS.laneNameLength)),
        order: orderKey,
        archived: value(z.boolean()),
      },
      horizons: { name: value(text(LIMITS.laneNameLength)), order: orderKey },
      items: roadmapItem,
      releases: {
        name: value(text(ROADMAP_LIMITS.releaseNameLength)),
        date: value(z.string().refine(isRoadmapDate, 'must be a date YYYY-MM-DD')),
        type: value(z.enum(RELEASE_TYPES)),
        order: orderKey,
        links,
      },
    },
    whiteboard: false,
  },
  strategy: {
    meta: {},
    maps: {
      strategy: {
        vision: value(text(STRATEGY_LIMITS.visionLength)),
        positioningFor: value(text(STRATEGY_LIMITS.positioningPartLength)),
        positioningWho: value(text(STRATEGY_LIMITS.positioningPartLength)),
        positioningUnlike: value(text(STRATEGY_LIMITS.positioningPartLength)),
        positioningWe: value(text(STRATEGY_LIMITS.positioningPartLength)),
      },
    },
    lists: { items: strategyItem },
    whiteboard: false,
  },
  personas: { meta: {}, maps: {}, lists: { items: persona }, whiteboard: false },
  launch: {
    meta: {
      launchDate: value(z.string().refine(isLaunchDate, 'must be a date YYYY-MM-DD (1970–2999)')),
      tier: value(z.enum(LAUNCH_TIERS)),
    },
    maps: {},
    lists: {
      tracks: {
        name: value(text(LAUNCH_LIMITS.trackNameLength)),
        order: orderKey,
        archived: value(z.boolean()),
        movedTo: value(entryId),
      },
      items: task,
    },
    whiteboard: false,
  },
  canvas: { meta: {}, maps: {}, lists: { items: note }, whiteboard: true },
};
