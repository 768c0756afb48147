/**
 * The layout of a strategy board, beside the `meta` map every board has:
 * - `strategy` Y.Map: the board-level statements (vision and the four parts of the positioning
 *   statement), one key each.
 * - `items`    Y.Map<itemId, Y.Map>: goals and competitors, told apart by `type`, so REST's one
 *   items endpoint serves both.
 * docs/boards/strategy.md describes the same layout for third-party clients.
 */

/** Name of the root map holding the board-level statements. */
export const STRATEGY = 'strategy';

/** Keys of the `strategy` root map. */
export const STRATEGY_FIELDS = {
  /** Where the product is going, in a sentence or a paragraph; plain string, last writer wins. */
  vision: 'vision',
  /**
   * The positioning statement "For <for> who <who>, unlike <unlike>, we <we>" is four keys, not
   * one value, so a marketer rewriting the target customer and a PM rewriting the differentiator
   * at the same time both keep their part.
   */
  positioningFor: 'positioningFor',
  positioningWho: 'positioningWho',
  positioningUnlike: 'positioningUnlike',
  positioningWe: 'positioningWe',
} as const;

/** The kinds of entry a strategy board holds in `items`. */
export const STRATEGY_ITEM_TYPES = ['goal', 'competitor'] as const;
export type StrategyItemType = (typeof STRATEGY_ITEM_TYPES)[number];

/** How a goal is doing, as its owner judges it; optional. */
export const GOAL_STATUSES = ['on-track', 'at-risk', 'off-track', 'achieved'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Keys of an entry's Y.Map in `items` (goals and competitors). */
export const STRATEGY_ITEM_FIELDS = {
  /** 'goal' or 'competitor'; written once at creation. A foreign value reads as 'goal'. */
  type: 'type',
  /** The objective of a goal, or the name of a competitor; plain string, last writer wins. */
  title: 'title',
  /** Fractional order key among entries of the same type; ties broken by id. */
  order: 'order',
  /** Goal: why the objective matters; plain string. */
  description: 'description',
  /** Goal: one of GOAL_STATUSES, or absent when nobody has judged it yet. */
  status: 'status',
  /** Goal: how sure the owner is to reach it, a whole percentage 0–100, or absent. */
  confidence: 'confidence',
  /** Goal: the measures (OKR key results), an ordered list of Y.Maps (see orderedList.ts). */
  keyResults: 'keyResults',
  /** Competitor: what they do well; an ordered text list (see orderedList.ts). */
  strengths: 'strengths',
  /** Competitor: where they fall short; an ordered text list. */
  weaknesses: 'weaknesses',
  /** Competitor: how we differ from them; plain string. */
  differentiation: 'differentiation',
  /** Milliseconds since the epoch, from the clock of whoever created the entry. */
  createdAt: 'createdAt',
  /** Milliseconds since the epoch of the last change made through a named operation. */
  updatedAt: 'updatedAt',
} as const;

/**
 * Keys of a key result's Y.Map. Each number is its own key, so one person updating `current`
 * while another corrects `target` keeps both.
 */
export const KEY_RESULT_FIELDS = {
  /** What is measured, e.g. "Weekly active teams". */
  name: 'name',
  /** The value when the goal was set; progress is measured from here. */
  start: 'start',
  /** The value that means done. May be below `start` for measures that should fall (churn). */
  target: 'target',
  /** The latest measured value. */
  current: 'current',
  /** Shown after the numbers, e.g. "%", "teams", "ms"; may be empty. */
  unit: 'unit',
  /** Fractional order key among the goal's key results. */
  order: 'order',
} as const;

/** Limits of the strategy board's text and lists; the REST API and the UI enforce the same. */
export const STRATEGY_LIMITS = {
  visionLength: 2_000,
  positioningPartLength: 300,
  titleLength: 200,
  goalDescriptionLength: 5_000,
  keyResultsPerGoal: 20,
  measureNameLength: 200,
  unitLength: 20,
  /** Key-result numbers stay within ±this, so sums and percentages stay exact enough. */
  maxAbsValue: 1e12,
  listEntryLength: 300,
  listEntries: 50,
  differentiationLength: 2_000,
} as const;
