import type * as Y from 'yjs';
import { boardMaps, forEachChildMap, readNumber, readString } from '../core/boardMaps.js';
import { compareOrdered } from '../core/orderKeys.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import { goalProgress, keyResultProgress } from './keyResultProgress.js';
import { readListEntries, readTextList } from '../core/orderedList.js';
import {
  GOAL_STATUSES,
  KEY_RESULT_FIELDS,
  STRATEGY,
  STRATEGY_FIELDS,
  STRATEGY_ITEM_FIELDS,
  STRATEGY_ITEM_TYPES,
  type GoalStatus,
  type StrategyItemType,
} from './strategySchema.js';

/** The positioning statement: "For <for> who <who>, unlike <unlike>, we <we>." */
export interface PositioningView {
  readonly for: string;
  readonly who: string;
  readonly unlike: string;
  readonly we: string;
}

/** A measure of a goal, with its computed progress (0 to 1). */
export interface KeyResultView {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly target: number;
  readonly current: number;
  readonly unit: string;
  readonly progress: number;
}

/** An objective with its key results. */
export interface GoalView {
  readonly id: string;
  readonly type: 'goal';
  /** The objective. */
  readonly title: string;
  readonly description: string;
  readonly status: GoalStatus | null;
  /** Whole percentage 0–100, or null when not given. */
  readonly confidence: number | null;
  readonly keyResults: readonly KeyResultView[];
  /** Mean progress of the key results, 0 to 1; null without key results. */
  readonly progress: number | null;
  readonly order: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A competitor and how we differ from them. */
export interface CompetitorView {
  readonly id: string;
  readonly type: 'competitor';
  /** The competitor's name. */
  readonly title: string;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly differentiation: string;
  readonly order: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One entry of a strategy board, as views and the REST API show it. */
export type StrategyItemView = GoalView | CompetitorView;

/** A plain, read-only picture of a strategy board. */
export interface StrategyView extends BoardMetaView {
  readonly kind: 'strategy';
  readonly vision: string;
  readonly positioning: PositioningView;
  /** Goals first, then competitors, each in (order, id) order. */
  readonly items: readonly StrategyItemView[];
}

/** The type of an entry; anything unknown reads as 'goal' so no entry is ever hidden. */
export function readItemType(item: Y.Map<unknown>): StrategyItemType {
  const value = item.get(STRATEGY_ITEM_FIELDS.type);
  return STRATEGY_ITEM_TYPES.find((type) => type === value) ?? 'goal';
}

function readKeyResults(goal: Y.Map<unknown>): KeyResultView[] {
  return readListEntries(goal, STRATEGY_ITEM_FIELDS.keyResults).map(({ id, map }) => {
    const start = readNumber(map, KEY_RESULT_FIELDS.start);
    const target = readNumber(map, KEY_RESULT_FIELDS.target);
    const current = readNumber(map, KEY_RESULT_FIELDS.current);
    return {
      id,
      name: readString(map, KEY_RESULT_FIELDS.name),
      start,
      target,
      current,
      unit: readString(map, KEY_RESULT_FIELDS.unit),
      progress: keyResultProgress(start, target, current),
    };
  });
}

function readConfidence(goal: Y.Map<unknown>): number | null {
  const value = goal.get(STRATEGY_ITEM_FIELDS.confidence);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100
    ? value
    : null;
}

function readGoal(goal: Y.Map<unknown>, id: string): GoalView {
  const keyResults = readKeyResults(goal);
  const status = goal.get(STRATEGY_ITEM_FIELDS.status);
  return {
    id,
    type: 'goal',
    title: readString(goal, STRATEGY_ITEM_FIELDS.title),
    description: readString(goal, STRATEGY_ITEM_FIELDS.description),
    status: GOAL_STATUSES.find((known) => known === status) ?? null,
    confidence: readConfidence(goal),
    keyResults,
    progress: goalProgress(keyResults.map((keyResult) => keyResult.progress)),
    order: readString(goal, STRATEGY_ITEM_FIELDS.order),
    createdAt: readNumber(goal, STRATEGY_ITEM_FIELDS.createdAt),
    updatedAt: readNumber(goal, STRATEGY_ITEM_FIELDS.updatedAt),
  };
}

function readCompetitor(competitor: Y.Map<unknown>, id: string): CompetitorView {
  return {
    id,
    type: 'competitor',
    title: readString(competitor, STRATEGY_ITEM_FIELDS.title),
    strengths: readTextList(competitor, STRATEGY_ITEM_FIELDS.strengths),
    weaknesses: readTextList(competitor, STRATEGY_ITEM_FIELDS.weaknesses),
    differentiation: readString(competitor, STRATEGY_ITEM_FIELDS.differentiation),
    order: readString(competitor, STRATEGY_ITEM_FIELDS.order),
    createdAt: readNumber(competitor, STRATEGY_ITEM_FIELDS.createdAt),
    updatedAt: readNumber(competitor, STRATEGY_ITEM_FIELDS.updatedAt),
  };
}

/** The positioning statement's four parts ('' for any part not written yet). */
export function readPositioning(statements: Y.Map<unknown>): PositioningView {
  return {
    for: readString(statements, STRATEGY_FIELDS.positioningFor),
    who: readString(statements, STRATEGY_FIELDS.positioningWho),
    unlike: readString(statements, STRATEGY_FIELDS.positioningUnlike),
    we: readString(statements, STRATEGY_FIELDS.positioningWe),
  };
}

/** Reads a strategy board into plain values; never throws on foreign or half-synced data. */
export function readStrategy(doc: Y.Doc): StrategyView {
  const statements = doc.getMap<unknown>(STRATEGY);
  const goals: GoalView[] = [];
  const competitors: CompetitorView[] = [];
  forEachChildMap(boardMaps(doc).items, (item, id) => {
    if (readItemType(item) === 'competitor') competitors.push(readCompetitor(item, id));
    else goals.push(readGoal(item, id));
  });
  return {
    kind: 'strategy',
    ...readMeta(doc),
    vision: readString(statements, STRATEGY_FIELDS.vision),
    positioning: readPositioning(statements),
    items: [...goals.sort(compareOrdered), ...competitors.sort(compareOrdered)],
  };
}
