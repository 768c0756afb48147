import type * as Y from 'yjs';
import { readString } from '../core/boardMaps.js';
import { isRoadmapDate } from './roadmapDate.js';
import { readOptionalNumber } from './roadmapValues.js';
import {
  ITEM_HEALTHS,
  RICE_IMPACTS,
  ROADMAP_ITEM_FIELDS,
  ROADMAP_LIMITS,
  type ItemHealth,
} from './roadmapSchema.js';

/** An item's schedule, health and scores as read, with the computed scores. */
export interface ItemPlanFields {
  /** 'YYYY-MM-DD' or null. */
  readonly startDate: string | null;
  /** 'YYYY-MM-DD' or null; never before startDate (see readSchedule). */
  readonly endDate: string | null;
  readonly health: ItemHealth;
  readonly reach: number | null;
  readonly impact: number | null;
  readonly confidence: number | null;
  readonly effort: number | null;
  readonly value: number | null;
  /** reach × impact × confidence% ÷ effort, to 2 decimals; null until all four are set. */
  readonly riceScore: number | null;
  /** value ÷ effort, to 2 decimals; null until both are set. */
  readonly valueEffort: number | null;
}

function readDate(item: Y.Map<unknown>, key: string): string | null {
  const value = item.get(key);
  return isRoadmapDate(value) ? value : null;
}

/** A stored score, or null when it is missing or outside what operations accept. */
function readScore(item: Y.Map<unknown>, key: string, ok: (n: number) => boolean): number | null {
  const value = readOptionalNumber(item, key);
  return value !== null && ok(value) ? value : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The schedule, health and scores of an item. Operations never write an end before the start,
 * but two people changing one date each at once can; the item then reads as ending on its start
 * date, on every replica alike.
 */
export function readItemPlanFields(item: Y.Map<unknown>): ItemPlanFields {
  const startDate = readDate(item, ROADMAP_ITEM_FIELDS.startDate);
  const storedEnd = readDate(item, ROADMAP_ITEM_FIELDS.endDate);
  const endDate =
    startDate !== null && storedEnd !== null && storedEnd < startDate ? startDate : storedEnd;
  const health = readString(item, ROADMAP_ITEM_FIELDS.health);
  const reach = readScore(
    item,
    ROADMAP_ITEM_FIELDS.reach,
    (n) => Number.isInteger(n) && n >= 0 && n <= ROADMAP_LIMITS.maxReach,
  );
  const impact = readScore(item, ROADMAP_ITEM_FIELDS.impact, (n) =>
    (RICE_IMPACTS as readonly number[]).includes(n),
  );
  const confidence = readScore(
    item,
    ROADMAP_ITEM_FIELDS.confidence,
    (n) => n >= 0 && n <= ROADMAP_LIMITS.maxConfidence,
  );
  const effort = readScore(
    item,
    ROADMAP_ITEM_FIELDS.effort,
    (n) => n > 0 && n <= ROADMAP_LIMITS.maxEffort,
  );
  const value = readScore(
    item,
    ROADMAP_ITEM_FIELDS.value,
    (n) => Number.isInteger(n) && n >= ROADMAP_LIMITS.minValue && n <= ROADMAP_LIMITS.maxValue,
  );
  return {
    startDate,
    endDate,
    health: ITEM_HEALTHS.find((known) => known === health) ?? 'on-track',
    reach,
    impact,
    confidence,
    effort,
    value,
    riceScore:
      reach !== null && impact !== null && confidence !== null && effort !== null
        ? round2((reach * impact * confidence) / 100 / effort)
        : null,
    valueEffort: value !== null && effort !== null ? round2(value / effort) : null,
  };
}
