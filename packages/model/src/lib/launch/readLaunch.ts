import type * as Y from 'yjs';
import { boardMaps, forEachChildMap, readNumber, readString } from '../core/boardMaps.js';
import { readMeta, type BoardMetaView } from '../core/readMeta.js';
import { readRichTextPlain } from '../core/richText.js';
import { computeReadiness, type Readiness } from './computeReadiness.js';
import { addCalendarDays, isLaunchDate, offsetLabel, utcDateOf } from './launchDate.js';
import {
  DEFAULT_LAUNCH_TIER,
  LAUNCH_LIMITS,
  LAUNCH_META_FIELDS,
  LAUNCH_TIERS,
  TASK_FIELDS,
  TASK_STATUSES,
  type LaunchTier,
  type TaskStatus,
} from './launchSchema.js';
import { resolveTracks } from './resolveTracks.js';

/** A task of a launch plan, as views and the REST API show it. */
export interface LaunchItemView {
  readonly id: string;
  readonly title: string;
  /** The rich-text description as plain text, one line per paragraph. */
  readonly description: string;
  readonly owner: string;
  readonly status: TaskStatus;
  /** Id of the live track the task shows in. */
  readonly track: string;
  /** Days relative to launch day: -14 is two weeks before. */
  readonly offsetDays: number;
  /** The countdown label, e.g. 'T-14d' or 'T+7d'. */
  readonly offsetLabel: string;
  /** launchDate + offsetDays, as 'YYYY-MM-DD'. */
  readonly dueDate: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A track with its readiness. */
export interface LaunchTrackView {
  readonly id: string;
  readonly name: string;
  readonly readiness: Readiness;
}

/** A plain, read-only picture of a launch board. */
export interface LaunchView extends BoardMetaView {
  readonly kind: 'launch';
  /** Launch day, 'YYYY-MM-DD'. */
  readonly launchDate: string;
  readonly tier: LaunchTier;
  /** Live tracks in order. */
  readonly tracks: readonly LaunchTrackView[];
  /** Tasks ordered by track, then due date, then creation time, then id. */
  readonly items: readonly LaunchItemView[];
  /** Over every task of the plan (see computeReadiness). */
  readonly readiness: Readiness;
}

/** A stored offset, or 0 (launch day) when it is missing, not whole or out of range. */
function readOffset(task: Y.Map<unknown>): number {
  const value = task.get(TASK_FIELDS.offsetDays);
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    Math.abs(value) <= LAUNCH_LIMITS.maxOffsetDays
    ? value
    : 0;
}

function readStatus(task: Y.Map<unknown>): TaskStatus {
  const value = task.get(TASK_FIELDS.status);
  return TASK_STATUSES.find((status) => status === value) ?? 'todo';
}

/** The launch date, or (when garbage) the UTC date the board was created, so all replicas agree. */
function readLaunchDate(meta: Y.Map<unknown>, createdAt: number): string {
  const value = meta.get(LAUNCH_META_FIELDS.launchDate);
  return isLaunchDate(value) ? value : utcDateOf(createdAt);
}

function readTier(meta: Y.Map<unknown>): LaunchTier {
  const value = meta.get(LAUNCH_META_FIELDS.tier);
  return LAUNCH_TIERS.find((tier) => tier === value) ?? DEFAULT_LAUNCH_TIER;
}

/**
 * Reads a launch board into plain values; never throws on foreign or half-synced data: a field
 * of the wrong type reads as its default, and `resolveTracks` puts every task in a live track.
 */
export function readLaunch(doc: Y.Doc): LaunchView {
  const maps = boardMaps(doc);
  const meta = readMeta(doc);
  const launchDate = readLaunchDate(maps.meta, meta.createdAt);
  const layout = resolveTracks(doc);
  const trackIndex = new Map(layout.tracks.map((track, index) => [track.id, index]));
  const items: LaunchItemView[] = [];
  forEachChildMap(maps.items, (task, id) => {
    const offsetDays = readOffset(task);
    items.push({
      id,
      title: readString(task, TASK_FIELDS.title),
      description: readRichTextPlain(task, TASK_FIELDS.description),
      owner: readString(task, TASK_FIELDS.owner),
      status: readStatus(task),
      track: layout.trackOf(task),
      offsetDays,
      offsetLabel: offsetLabel(offsetDays),
      dueDate: addCalendarDays(launchDate, offsetDays),
      createdAt: readNumber(task, TASK_FIELDS.createdAt),
      updatedAt: readNumber(task, TASK_FIELDS.updatedAt),
    });
  });
  items.sort(
    (a, b) =>
      (trackIndex.get(a.track) ?? 0) - (trackIndex.get(b.track) ?? 0) ||
      a.offsetDays - b.offsetDays ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const tracks = layout.tracks.map(({ id, name }) => ({
    id,
    name,
    readiness: computeReadiness(
      items.filter((item) => item.track === id).map((item) => item.status),
    ),
  }));
  return {
    kind: 'launch',
    ...meta,
    launchDate,
    tier: readTier(maps.meta),
    tracks,
    items,
    readiness: computeReadiness(items.map((item) => item.status)),
  };
}
