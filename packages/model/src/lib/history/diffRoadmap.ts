import type { ReleaseView } from '../roadmap/readReleases.js';
import type { RoadmapView } from '../roadmap/readRoadmap.js';
import { namesById, type ChangeList } from './ChangeList.js';
import { boardRef, entryRef } from './entryRefs.js';

function releaseName(releases: readonly ReleaseView[], id: string | null): string {
  return releases.find((release) => release.id === id)?.name ?? '';
}

/**
 * A roadmap's changes: the board's title, lanes and horizons (added, removed, renamed), items
 * (lane, horizon, status, dates, release, owner, health, title) and releases (name, date, type).
 * Moves compare ids, so renaming a lane moves nothing.
 */
export function diffRoadmap(before: RoadmapView, after: RoadmapView, out: ChangeList): void {
  out.renamed(boardRef(after), before.title, after.title);
  for (const [axis, noun] of [
    ['lanes', 'lane'],
    ['horizons', 'horizon'],
  ] as const) {
    out.entries(
      before[axis],
      after[axis],
      ({ id, name }) => entryRef(axis, id, name, noun),
      (was, now, ref) => out.renamed(ref, was.name, now.name),
    );
  }
  const lanes = { from: namesById(before.lanes), to: namesById(after.lanes) };
  const horizons = { from: namesById(before.horizons), to: namesById(after.horizons) };
  out.entries(
    before.items,
    after.items,
    ({ id, title }) => entryRef('items', id, title, 'item'),
    (was, now, ref) => {
      out.renamed(ref, was.title, now.title);
      out.moved(ref, 'lane', was.lane, now.lane, lanes);
      out.moved(ref, 'horizon', was.horizon, now.horizon, horizons);
      out.status(ref, was.status, now.status);
      out.rescheduled(ref, 'startDate', was.startDate, now.startDate);
      out.rescheduled(ref, 'endDate', was.endDate, now.endDate);
      if (was.releaseId !== now.releaseId) {
        const from = releaseName(before.releases, was.releaseId);
        out.changed(ref, 'release', from, releaseName(after.releases, now.releaseId));
      }
      out.changed(ref, 'owner', was.owner, now.owner);
      out.changed(ref, 'health', was.health, now.health);
    },
  );
  out.entries(
    before.releases,
    after.releases,
    ({ id, name, type }) => entryRef('releases', id, name, type),
    (was, now, ref) => {
      out.renamed(ref, was.name, now.name);
      out.rescheduled(ref, 'date', was.date, now.date);
      out.changed(ref, 'type', was.type, now.type);
    },
  );
}
