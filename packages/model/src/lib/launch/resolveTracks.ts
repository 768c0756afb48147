import type * as Y from 'yjs';
import { childMap, forEachChildMap, readString } from '../core/boardMaps.js';
import { compareOrdered, type OrderedEntry } from '../core/orderKeys.js';
import { TASK_FIELDS, TRACK_FIELDS, TRACKS } from './launchSchema.js';

/** A track as operations and views see it. */
export interface TrackEntry extends OrderedEntry {
  readonly name: string;
}

/** The live tracks of a board in order, and which track each task really shows in. */
export interface TrackLayout {
  /** Live (not archived) tracks in order. */
  readonly tracks: readonly TrackEntry[];
  /** The live track a task shows in ('' only when the board has no track at all). */
  trackOf(task: Y.Map<unknown>): string;
}

/** The root map of a launch board's tracks. */
export function tracksMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRACKS);
}

/**
 * Resolves tracks and where tasks show. A task whose track was deleted follows the track's
 * `movedTo` chain to a live track; when the chain ends at an unknown or archived track, loops
 * (two tracks deleted into each other at once) or the task names a track that never existed, the
 * task shows in the first live track. If every track is archived, which only concurrent deletes
 * can cause, the first archived one is shown as live again, so every task is always shown.
 */
export function resolveTracks(doc: Y.Doc): TrackLayout {
  const map = tracksMap(doc);
  const all: TrackEntry[] = [];
  forEachChildMap(map, (track, id) => {
    all.push({
      id,
      name: readString(track, TRACK_FIELDS.name),
      order: readString(track, TRACK_FIELDS.order),
    });
  });
  all.sort(compareOrdered);
  const live = all.filter((track) => childMap(map, track.id)?.get(TRACK_FIELDS.archived) !== true);
  const tracks = live.length > 0 ? live : all.slice(0, 1);
  const liveIds = new Set(tracks.map((track) => track.id));
  const first = tracks[0]?.id ?? '';

  const follow = (start: string): string => {
    const seen = new Set<string>();
    let id = start;
    while (!liveIds.has(id)) {
      if (seen.has(id)) return first;
      seen.add(id);
      const next = childMap(map, id)?.get(TRACK_FIELDS.movedTo);
      if (typeof next !== 'string') return first;
      id = next;
    }
    return id;
  };

  return {
    tracks,
    trackOf: (task) => follow(readString(task, TASK_FIELDS.track)),
  };
}
