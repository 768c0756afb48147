import * as Y from 'yjs';
import {
  assertWritable,
  boardMaps,
  childMap,
  forEachChildMap,
  readString,
} from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { compareOrdered, slotAt, type OrderedEntry } from '../core/orderKeys.js';
import { validateIndex } from '../core/validateIndex.js';
import { validateText } from '../core/validateText.js';
import { validateRoadmapDate } from './roadmapDate.js';
import { writableReleasesMap } from './releasesMap.js';
import {
  RELEASE_FIELDS,
  RELEASE_TYPES,
  ROADMAP_LIMITS,
  type ReleaseType,
} from './roadmapSchema.js';

/** A new milestone or release. */
export interface NewRelease {
  readonly name: string;
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** Defaults to 'release'. */
  readonly type?: ReleaseType;
  /** Position in the list, 0 first; defaults to the end. */
  readonly index?: number;
}

/** Fields of a release to change; `index` moves it in the list. */
export interface ReleasePatch {
  readonly name?: string;
  readonly date?: string;
  readonly type?: ReleaseType;
  readonly index?: number;
}

interface ValidRelease {
  name?: string;
  date?: string;
  type?: ReleaseType;
}

function validateRelease(input: ReleasePatch): ValidRelease {
  const valid: ValidRelease = {};
  if (input.name !== undefined) {
    valid.name = validateText('Release name', input.name, ROADMAP_LIMITS.releaseNameLength);
  }
  if (input.date !== undefined) {
    if (typeof input.date !== 'string')
      throw new ModelError('invalid', 'Release date is required.');
    valid.date = validateRoadmapDate('Release date', input.date) ?? undefined;
  }
  if (input.type !== undefined) {
    if (!RELEASE_TYPES.includes(input.type)) {
      throw new ModelError('invalid', `Release type must be one of ${RELEASE_TYPES.join(', ')}.`);
    }
    valid.type = input.type;
  }
  validateIndex(input.index);
  return valid;
}

function writeRelease(release: Y.Map<unknown>, fields: ValidRelease): void {
  if (fields.name !== undefined) release.set(RELEASE_FIELDS.name, fields.name);
  if (fields.date !== undefined) release.set(RELEASE_FIELDS.date, fields.date);
  if (fields.type !== undefined) release.set(RELEASE_FIELDS.type, fields.type);
}

/** Releases in list order, leaving out `exceptId`. */
function orderedReleases(releases: Y.Map<unknown>, exceptId?: string): OrderedEntry[] {
  const entries: OrderedEntry[] = [];
  forEachChildMap(releases, (release, id) => {
    if (id !== exceptId) entries.push({ id, order: readString(release, RELEASE_FIELDS.order) });
  });
  return entries.sort(compareOrdered);
}

function applyOrder(
  releases: Y.Map<unknown>,
  release: Y.Map<unknown>,
  slot: ReturnType<typeof slotAt>,
): void {
  release.set(RELEASE_FIELDS.order, slot.order);
  for (const [id, order] of slot.rekeyed) childMap(releases, id)?.set(RELEASE_FIELDS.order, order);
}

function requireRelease(releases: Y.Map<unknown>, releaseId: string): Y.Map<unknown> {
  const release = childMap(releases, releaseId);
  if (!release) {
    throw new ModelError('not-found', `No release ${JSON.stringify(releaseId)} on this board.`);
  }
  return release;
}

/** Adds a milestone or release and returns its id. Refuses a blank name or a non-date. */
export function addRelease(doc: Y.Doc, input: NewRelease, ctx: OperationContext): string {
  assertWritable(boardMaps(doc));
  if (typeof input.name !== 'string') throw new ModelError('invalid', 'Release name is required.');
  if (typeof input.date !== 'string') throw new ModelError('invalid', 'Release date is required.');
  const fields = validateRelease({ type: 'release', ...input });
  const releases = writableReleasesMap(doc);
  const siblings = orderedReleases(releases);
  if (siblings.length >= ROADMAP_LIMITS.releasesPerBoard) {
    throw new ModelError(
      'invalid',
      `A board has at most ${ROADMAP_LIMITS.releasesPerBoard} releases and milestones.`,
    );
  }
  const slot = slotAt(siblings, input.index ?? siblings.length, ctx.env);
  const id = createId(ctx.env);
  doc.transact(() => {
    const release = new Y.Map<unknown>();
    releases.set(id, release);
    writeRelease(release, fields);
    applyOrder(releases, release, slot);
  }, ctx.origin);
  return id;
}

/** Changes a release's name, date or type, or moves it to `index` in the list. */
export function updateRelease(
  doc: Y.Doc,
  releaseId: string,
  patch: ReleasePatch,
  ctx: OperationContext,
): void {
  assertWritable(boardMaps(doc));
  const releases = writableReleasesMap(doc);
  const release = requireRelease(releases, releaseId);
  const fields = validateRelease(patch);
  const slot =
    patch.index === undefined
      ? undefined
      : slotAt(orderedReleases(releases, releaseId), patch.index, ctx.env);
  doc.transact(() => {
    writeRelease(release, fields);
    if (slot) applyOrder(releases, release, slot);
  }, ctx.origin);
}

/**
 * Deletes a release. Items that shipped in it are not touched: readers show a releaseId whose
 * release is gone as none, which also covers an item assigned to it concurrently.
 */
export function deleteRelease(doc: Y.Doc, releaseId: string, ctx: OperationContext): void {
  assertWritable(boardMaps(doc));
  const releases = writableReleasesMap(doc);
  requireRelease(releases, releaseId);
  doc.transact(() => releases.delete(releaseId), ctx.origin);
}
