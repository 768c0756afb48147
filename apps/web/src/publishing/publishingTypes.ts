/** What docs/publishing.md describes, as the web app reads it. */

/** Field groups a published roadmap may leave out, with what the form calls them. */
export const HIDEABLE_FIELDS = [
  { id: 'description', label: 'Descriptions (internal notes)' },
  { id: 'owner', label: 'Owners' },
  { id: 'status', label: 'Status' },
  { id: 'dates', label: 'Dates (items and releases)' },
  { id: 'scores', label: 'Scores (RICE, value/effort)' },
  { id: 'tags', label: 'Tags' },
  { id: 'health', label: 'Health' },
  { id: 'links', label: 'Dependencies' },
] as const;
export type HideableField = (typeof HIDEABLE_FIELDS)[number]['id'];

/** Hidden unless the publisher says otherwise: notes and owners. */
export const DEFAULT_HIDDEN: readonly HideableField[] = ['description', 'owner'];

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface Publication {
  readonly id: string;
  /** '' for none. */
  readonly label: string;
  readonly hidden: readonly HideableField[];
  readonly createdBy: PersonRef;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly revokedAt: number | null;
}

/** Just made: the only time its secret is known. */
export interface CreatedPublication extends Publication {
  readonly secret: string;
}

export const WEBHOOK_EVENTS = [
  { id: 'item.created', label: 'Item created' },
  { id: 'item.moved', label: 'Item moved' },
  { id: 'item.status_changed', label: 'Status changed' },
  { id: 'item.deleted', label: 'Item deleted' },
  { id: 'comment.added', label: 'Comment added' },
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['id'];

export interface Webhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly createdBy: PersonRef;
  readonly createdAt: number;
}

/** Just registered: the only time its signing secret is shown. */
export interface CreatedWebhook extends Webhook {
  readonly secret: string;
}

export interface Delivery {
  readonly id: string;
  readonly type: string;
  readonly state: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly nextAttemptAt: number | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly createdAt: number;
}

/** A published roadmap item: optional fields are absent when hidden. */
export interface PublishedItem {
  readonly id: string;
  readonly title: string;
  readonly lane: string;
  readonly horizon: string;
  readonly releaseId: string | null;
  readonly description?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly riceScore?: number | null;
  readonly valueEffort?: number | null;
  readonly tags?: readonly string[];
  readonly health?: string;
  readonly dependencies?: readonly string[];
}

export interface PublishedRelease {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly date?: string | null;
}

export interface Axis {
  readonly id: string;
  readonly name: string;
}

/** `GET /api/published/:secret` for a roadmap. */
export interface PublishedRoadmap {
  readonly kind: 'roadmap';
  readonly title: string;
  readonly label: string;
  readonly updatedAt: number;
  readonly lanes: readonly Axis[];
  readonly horizons: readonly Axis[];
  readonly items: readonly PublishedItem[];
  readonly releases: readonly PublishedRelease[];
}

export interface Readiness {
  readonly done: number;
  readonly total: number;
  /** Null when no task counts. */
  readonly percent: number | null;
}

/** A task of a published launch plan: optional fields are absent when hidden. */
export interface PublishedTask {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly description?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly dueDate?: string;
  readonly offsetLabel?: string;
}

/** `GET /api/published/:secret` for a launch plan. */
export interface PublishedLaunch {
  readonly kind: 'launch';
  readonly title: string;
  readonly label: string;
  readonly updatedAt: number;
  readonly tier: string;
  readonly launchDate?: string;
  readonly readiness?: Readiness;
  readonly tracks: readonly (Axis & { readonly readiness?: Readiness })[];
  readonly items: readonly PublishedTask[];
}

export type PublishedBoard = PublishedRoadmap | PublishedLaunch;

/** The field groups that mean something on each kind of board that can be published. */
export const FIELDS_OF_KIND: Readonly<Record<PublishedBoard['kind'], readonly HideableField[]>> = {
  roadmap: HIDEABLE_FIELDS.map((field) => field.id),
  launch: ['description', 'owner', 'status', 'dates'],
};
