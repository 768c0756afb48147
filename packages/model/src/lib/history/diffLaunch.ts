import type { LaunchView } from '../launch/readLaunch.js';
import { namesById, type ChangeList } from './ChangeList.js';
import { boardRef, entryRef } from './entryRefs.js';

/**
 * A launch plan's changes: title, launch date and tier; tracks (added, removed, renamed); tasks
 * (title, track, status, due date, owner). A task is rescheduled only when its own offset to
 * launch day changed: moving the launch date is one board-wide change, not one per task.
 */
export function diffLaunch(before: LaunchView, after: LaunchView, out: ChangeList): void {
  const board = boardRef(after);
  out.renamed(board, before.title, after.title);
  out.rescheduled(board, 'launchDate', before.launchDate, after.launchDate);
  out.changed(board, 'tier', before.tier, after.tier);
  out.entries(
    before.tracks,
    after.tracks,
    ({ id, name }) => entryRef('tracks', id, name, 'track'),
    (was, now, ref) => out.renamed(ref, was.name, now.name),
  );
  const tracks = { from: namesById(before.tracks), to: namesById(after.tracks) };
  out.entries(
    before.items,
    after.items,
    ({ id, title }) => entryRef('items', id, title, 'task'),
    (was, now, ref) => {
      out.renamed(ref, was.title, now.title);
      out.moved(ref, 'track', was.track, now.track, tracks);
      out.status(ref, was.status, now.status);
      if (was.offsetDays !== now.offsetDays) {
        out.rescheduled(ref, 'dueDate', was.dueDate, now.dueDate);
      }
      out.changed(ref, 'owner', was.owner, now.owner);
    },
  );
}
