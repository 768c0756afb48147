import * as Y from 'yjs';
import { assertWritable, boardMaps, childMap } from '../core/boardMaps.js';
import { createId } from '../core/ModelEnv.js';
import { ModelError } from '../core/ModelError.js';
import type { OperationContext } from '../core/OperationContext.js';
import { slotAt } from '../core/orderKeys.js';
import { validateIndex } from '../core/validateIndex.js';
import { validateText } from '../core/validateText.js';
import { assertLaunchBoard } from './assertLaunchBoard.js';
import { LAUNCH_LIMITS, TRACK_FIELDS } from './launchSchema.js';
import { resolveTracks, tracksMap } from './resolveTracks.js';

/** The checks every track operation starts with. */
function writableLaunch(doc: Y.Doc): void {
  assertWritable(boardMaps(doc));
  assertLaunchBoard(doc);
}

function liveTrack(doc: Y.Doc, trackId: string): Y.Map<unknown> {
  const track = childMap(tracksMap(doc), trackId);
  if (!track || !resolveTracks(doc).tracks.some((entry) => entry.id === trackId)) {
    throw new ModelError('not-found', `No track ${JSON.stringify(trackId)} on this board.`);
  }
  return track;
}

/** Adds a track at `index` (default: last) and returns its id. */
export function addTrack(
  doc: Y.Doc,
  input: { readonly name: string; readonly index?: number },
  ctx: OperationContext,
): string {
  writableLaunch(doc);
  const name = validateText('Track name', input.name, LAUNCH_LIMITS.trackNameLength);
  validateIndex(input.index);
  const { tracks } = resolveTracks(doc);
  if (tracks.length >= LAUNCH_LIMITS.tracksPerBoard) {
    throw new ModelError(
      'invalid',
      `A launch plan has at most ${LAUNCH_LIMITS.tracksPerBoard} tracks.`,
    );
  }
  const slot = slotAt(tracks, input.index ?? tracks.length, ctx.env);
  const id = createId(ctx.env);
  const map = tracksMap(doc);
  doc.transact(() => {
    const track = new Y.Map<unknown>();
    track.set(TRACK_FIELDS.name, name);
    track.set(TRACK_FIELDS.order, slot.order);
    track.set(TRACK_FIELDS.archived, false);
    map.set(id, track);
    for (const [siblingId, order] of slot.rekeyed) {
      childMap(map, siblingId)?.set(TRACK_FIELDS.order, order);
    }
  }, ctx.origin);
  return id;
}

/** Renames a live track. */
export function renameTrack(
  doc: Y.Doc,
  trackId: string,
  name: string,
  ctx: OperationContext,
): void {
  writableLaunch(doc);
  const track = liveTrack(doc, trackId);
  const valid = validateText('Track name', name, LAUNCH_LIMITS.trackNameLength);
  doc.transact(() => track.set(TRACK_FIELDS.name, valid), ctx.origin);
}

/** Moves a live track to `index` among the live tracks. */
export function moveTrack(doc: Y.Doc, trackId: string, index: number, ctx: OperationContext): void {
  writableLaunch(doc);
  const track = liveTrack(doc, trackId);
  validateIndex(index);
  const siblings = resolveTracks(doc).tracks.filter((entry) => entry.id !== trackId);
  const slot = slotAt(siblings, index, ctx.env);
  const map = tracksMap(doc);
  doc.transact(() => {
    track.set(TRACK_FIELDS.order, slot.order);
    for (const [siblingId, order] of slot.rekeyed) {
      childMap(map, siblingId)?.set(TRACK_FIELDS.order, order);
    }
  }, ctx.origin);
}

/**
 * Deletes a track; its tasks move, keeping their offsets, to `moveTasksTo` (default: the first
 * other live track). Tasks are never deleted with their track: a launch plan loses work only
 * when someone deletes that task. The track is archived with `movedTo` set, and readers follow
 * it, so the tasks move in this one write, including any task someone adds to the track
 * concurrently. The last live track cannot be deleted.
 */
export function deleteTrack(
  doc: Y.Doc,
  trackId: string,
  options: { readonly moveTasksTo?: string },
  ctx: OperationContext,
): void {
  writableLaunch(doc);
  const track = liveTrack(doc, trackId);
  const { tracks } = resolveTracks(doc);
  const targetId = options.moveTasksTo ?? tracks.find((entry) => entry.id !== trackId)?.id;
  if (targetId === undefined) {
    throw new ModelError('conflict', 'A launch plan keeps at least one track.');
  }
  if (targetId === trackId) {
    throw new ModelError('invalid', 'Tasks cannot move to the track being deleted.');
  }
  liveTrack(doc, targetId);
  doc.transact(() => {
    track.set(TRACK_FIELDS.movedTo, targetId);
    track.set(TRACK_FIELDS.archived, true);
  }, ctx.origin);
}
