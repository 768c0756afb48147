import type { ItemView, LaunchItemView, LaunchView, ReleaseView, RoadmapView } from '@cairn/model';
import type { HideableField } from './publishedFields.js';

/** An item of a published roadmap: always its place and title, the rest unless hidden. */
export interface PublishedItem {
  readonly id: string;
  readonly title: string;
  readonly lane: string;
  readonly horizon: string;
  /** The release it ships in, or null. */
  readonly releaseId: string | null;
  readonly description?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly reach?: number | null;
  readonly impact?: number | null;
  readonly confidence?: number | null;
  readonly effort?: number | null;
  readonly value?: number | null;
  readonly riceScore?: number | null;
  readonly valueEffort?: number | null;
  readonly tags?: readonly string[];
  readonly health?: string;
  /** Ids of the items of this view it depends on. */
  readonly dependencies?: readonly string[];
}

/** A release or milestone of a published roadmap; its date unless dates are hidden. */
export interface PublishedRelease {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly date?: string | null;
}

/** What `GET /api/published/:secret` answers (docs/publishing.md). */
export interface PublishedRoadmap {
  readonly kind: 'roadmap';
  readonly title: string;
  /** The publication's label, '' for none. */
  readonly label: string;
  /** The field groups left out, so the page can say so. */
  readonly hidden: readonly HideableField[];
  /** Ms since the epoch of the board's last change. */
  readonly updatedAt: number;
  readonly lanes: readonly { readonly id: string; readonly name: string }[];
  readonly horizons: readonly { readonly id: string; readonly name: string }[];
  readonly items: readonly PublishedItem[];
  readonly releases: readonly PublishedRelease[];
}

/**
 * One item, copied field by field: a field the model adds later is not published until it is
 * listed here, so nothing leaves the server by accident.
 */
function publishItem(item: ItemView, hidden: ReadonlySet<HideableField>): PublishedItem {
  return {
    id: item.id,
    title: item.title,
    lane: item.lane,
    horizon: item.horizon,
    releaseId: item.releaseId,
    ...(hidden.has('description') ? {} : { description: item.description }),
    ...(hidden.has('owner') ? {} : { owner: item.owner }),
    ...(hidden.has('status') ? {} : { status: item.status }),
    ...(hidden.has('dates') ? {} : { startDate: item.startDate, endDate: item.endDate }),
    ...(hidden.has('scores')
      ? {}
      : {
          reach: item.reach,
          impact: item.impact,
          confidence: item.confidence,
          effort: item.effort,
          value: item.value,
          riceScore: item.riceScore,
          valueEffort: item.valueEffort,
        }),
    ...(hidden.has('tags') ? {} : { tags: item.tags }),
    ...(hidden.has('health') ? {} : { health: item.health }),
    ...(hidden.has('links') ? {} : { dependencies: item.dependencies }),
  };
}

function publishRelease(
  release: ReleaseView,
  hidden: ReadonlySet<HideableField>,
): PublishedRelease {
  return {
    id: release.id,
    name: release.name,
    type: release.type,
    ...(hidden.has('dates') ? {} : { date: release.date }),
  };
}

/**
 * The published picture of a roadmap: built on the server from the board's view, so a hidden
 * field never leaves it. Cross-board links (personas, goals, launch plans) are never published:
 * they name other boards of the workspace.
 */
export function publishedRoadmap(
  view: RoadmapView,
  publication: { readonly label: string; readonly hidden: readonly HideableField[] },
  updatedAt: number,
): PublishedRoadmap {
  const hidden = new Set(publication.hidden);
  return {
    kind: 'roadmap',
    title: view.title,
    label: publication.label,
    hidden: publication.hidden,
    updatedAt,
    lanes: view.lanes.map(({ id, name }) => ({ id, name })),
    horizons: view.horizons.map(({ id, name }) => ({ id, name })),
    items: view.items.map((item) => publishItem(item, hidden)),
    releases: view.releases.map((release) => publishRelease(release, hidden)),
  };
}

/** How ready a track or the launch is, as the board shows it. */
export interface PublishedReadiness {
  readonly done: number;
  readonly total: number;
  readonly percent: number | null;
}

/** A task of a published launch plan: always its track and title, the rest unless hidden. */
export interface PublishedTask {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly description?: string;
  readonly owner?: string;
  readonly status?: string;
  /** 'YYYY-MM-DD'. */
  readonly dueDate?: string;
  /** The countdown label, e.g. 'T-14d'. */
  readonly offsetLabel?: string;
}

/** What `GET /api/published/:secret` answers for a launch plan (docs/publishing.md). */
export interface PublishedLaunch {
  readonly kind: 'launch';
  readonly title: string;
  readonly label: string;
  readonly hidden: readonly HideableField[];
  readonly updatedAt: number;
  readonly tier: string;
  readonly launchDate?: string;
  readonly readiness?: PublishedReadiness;
  readonly tracks: readonly {
    readonly id: string;
    readonly name: string;
    readonly readiness?: PublishedReadiness;
  }[];
  readonly items: readonly PublishedTask[];
}

function publishTask(task: LaunchItemView, hidden: ReadonlySet<HideableField>): PublishedTask {
  return {
    id: task.id,
    title: task.title,
    track: task.track,
    ...(hidden.has('description') ? {} : { description: task.description }),
    ...(hidden.has('owner') ? {} : { owner: task.owner }),
    ...(hidden.has('status') ? {} : { status: task.status }),
    ...(hidden.has('dates') ? {} : { dueDate: task.dueDate, offsetLabel: task.offsetLabel }),
  };
}

/**
 * The published picture of a launch plan. Readiness is computed from the tasks' status, so it
 * is hidden with the status; the countdown labels give the schedule away, so they go with dates.
 */
export function publishedLaunch(
  view: LaunchView,
  publication: { readonly label: string; readonly hidden: readonly HideableField[] },
  updatedAt: number,
): PublishedLaunch {
  const hidden = new Set(publication.hidden);
  const readiness = (value: PublishedReadiness) =>
    hidden.has('status')
      ? {}
      : { readiness: { done: value.done, total: value.total, percent: value.percent } };
  return {
    kind: 'launch',
    title: view.title,
    label: publication.label,
    hidden: publication.hidden,
    updatedAt,
    tier: view.tier,
    ...(hidden.has('dates') ? {} : { launchDate: view.launchDate }),
    ...readiness(view.readiness),
    tracks: view.tracks.map((track) => ({
      id: track.id,
      name: track.name,
      ...readiness(track.readiness),
    })),
    items: view.items.map((task) => publishTask(task, hidden)),
  };
}
