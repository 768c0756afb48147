import * as Y from 'yjs';
import { boardMaps } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { initialOrderKeys } from '../core/orderKeys.js';
import { createRichText } from '../core/richText.js';
import { GO_TO_MARKET_TASKS } from './goToMarketTemplate.js';
import { addCalendarDays, utcDateOf, validateLaunchDate } from './launchDate.js';
import {
  DEFAULT_LAUNCH_TIER,
  DEFAULT_TRACKS,
  LAUNCH_META_FIELDS,
  LAUNCH_TEMPLATES,
  LAUNCH_TIERS,
  TASK_FIELDS,
  TRACK_FIELDS,
  type LaunchTemplate,
  type LaunchTier,
} from './launchSchema.js';
import { tracksMap } from './resolveTracks.js';

/** How far out a new plan's launch day is when the caller names none: eight weeks. */
const DEFAULT_LEAD_DAYS = 56;

/** A new launch board. */
export interface NewLaunch {
  readonly kind: 'launch';
  readonly title: string;
  /** Launch day 'YYYY-MM-DD'; default: eight weeks after today (UTC). */
  readonly launchDate?: string;
  /** Default: tier-2. */
  readonly tier?: LaunchTier;
  /** Default: go-to-market (the template's tasks); 'empty' starts with the tracks only. */
  readonly template?: LaunchTemplate;
}

/**
 * Validates a new launch board's options and returns the writer that lays out its launch date,
 * tier, the default tracks and (for the go-to-market template) its tasks, run by `initBoard`
 * inside its transaction, after the meta fields.
 */
export function prepareLaunch(doc: Y.Doc, board: NewLaunch, ctx: OperationContext): () => void {
  const maps = boardMaps(doc);
  const launchDate =
    board.launchDate === undefined
      ? addCalendarDays(utcDateOf(ctx.env.now()), DEFAULT_LEAD_DAYS)
      : validateLaunchDate(board.launchDate);
  const tier = board.tier ?? DEFAULT_LAUNCH_TIER;
  if (!LAUNCH_TIERS.includes(tier)) {
    throw new ModelError('invalid', `Tier must be one of ${LAUNCH_TIERS.join(', ')}.`);
  }
  const template = board.template ?? 'go-to-market';
  if (!LAUNCH_TEMPLATES.includes(template)) {
    throw new ModelError('invalid', `Template must be one of ${LAUNCH_TEMPLATES.join(', ')}.`);
  }
  return () => {
    maps.meta.set(LAUNCH_META_FIELDS.launchDate, launchDate);
    maps.meta.set(LAUNCH_META_FIELDS.tier, tier);
    const tracks = tracksMap(doc);
    const keys = initialOrderKeys(DEFAULT_TRACKS.length);
    DEFAULT_TRACKS.forEach(({ id, name }, index) => {
      const track = new Y.Map<unknown>();
      track.set(TRACK_FIELDS.name, name);
      track.set(TRACK_FIELDS.order, keys[index]);
      track.set(TRACK_FIELDS.archived, false);
      tracks.set(id, track);
    });
    if (template === 'empty') return;
    const now = ctx.env.now();
    for (const { title, track, offsetDays } of GO_TO_MARKET_TASKS) {
      const task = new Y.Map<unknown>();
      maps.items.set(createId(ctx.env), task);
      task.set(TASK_FIELDS.title, title);
      task.set(TASK_FIELDS.description, createRichText());
      task.set(TASK_FIELDS.owner, '');
      task.set(TASK_FIELDS.status, 'todo');
      task.set(TASK_FIELDS.track, track);
      task.set(TASK_FIELDS.offsetDays, offsetDays);
      task.set(TASK_FIELDS.createdAt, now);
      task.set(TASK_FIELDS.updatedAt, now);
    }
  };
}
