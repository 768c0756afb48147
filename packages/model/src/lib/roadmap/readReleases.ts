import type * as Y from 'yjs';
import { forEachChildMap, readString } from '../core/boardMaps.js';
import { compareOrdered } from '../core/orderKeys.js';
import { isRoadmapDate } from './roadmapDate.js';
import { RELEASE_FIELDS, RELEASE_TYPES, type ReleaseType } from './roadmapSchema.js';

/** A milestone or release as views and the REST API show it. */
export interface ReleaseView {
  readonly id: string;
  readonly name: string;
  /** 'YYYY-MM-DD', or null when a foreign client stored something else. */
  readonly date: string | null;
  readonly type: ReleaseType;
  readonly order: string;
}

/** Every release in list order (order key, then id); never throws on foreign values. */
export function readReleases(releases: Y.Map<unknown>): ReleaseView[] {
  const views: ReleaseView[] = [];
  forEachChildMap(releases, (release, id) => {
    const date = release.get(RELEASE_FIELDS.date);
    const type = release.get(RELEASE_FIELDS.type);
    views.push({
      id,
      name: readString(release, RELEASE_FIELDS.name),
      date: isRoadmapDate(date) ? date : null,
      type: RELEASE_TYPES.find((known) => known === type) ?? 'release',
      order: readString(release, RELEASE_FIELDS.order),
    });
  });
  return views.sort(compareOrdered);
}
