import { fail, list, number, record, string, time } from '../api/jsonShape';
import {
  HIDEABLE_FIELDS,
  WEBHOOK_EVENTS,
  type Axis,
  type CreatedPublication,
  type CreatedWebhook,
  type Delivery,
  type HideableField,
  type PersonRef,
  type Publication,
  type PublishedBoard,
  type PublishedItem,
  type PublishedLaunch,
  type PublishedRelease,
  type PublishedRoadmap,
  type PublishedTask,
  type Readiness,
  type Webhook,
  type WebhookEvent,
} from './publishingTypes';

/**
 * Checks of what the publishing endpoints answer: each returns the value with its type or throws
 * an ApiError naming what was wrong. Published views are read field by field, so nothing the
 * server did not mean to send is ever rendered.
 */

function optionalString(value: unknown, what: string): string | undefined {
  return value === undefined ? undefined : string(value, what);
}

function nullableString(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : string(value, what);
}

function nullableNumber(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : number(value, what);
}

function person(value: unknown): PersonRef {
  const body = record(value, 'person');
  return { id: string(body['id'], 'person id'), name: string(body['name'], 'person name') };
}

function hiddenFields(value: unknown): HideableField[] {
  const names = list(value, 'hidden fields');
  return HIDEABLE_FIELDS.map((field) => field.id).filter((id) => names.includes(id));
}

function events(value: unknown): WebhookEvent[] {
  const names = list(value, 'webhook events');
  return WEBHOOK_EVENTS.map((event) => event.id).filter((id) => names.includes(id));
}

export function parsePublication(value: unknown): Publication {
  const body = record(value, 'publication');
  return {
    id: string(body['id'], 'publication id'),
    label: string(body['label'], 'publication label'),
    hidden: hiddenFields(body['hidden']),
    createdBy: person(body['createdBy']),
    createdAt: time(body['createdAt'], 'publication time'),
    updatedAt: time(body['updatedAt'], 'publication time'),
    revokedAt: body['revokedAt'] === null ? null : time(body['revokedAt'], 'revocation time'),
  };
}

export function parsePublications(value: unknown): Publication[] {
  return list(value, 'list of publications').map(parsePublication);
}

export function parseCreatedPublication(value: unknown): CreatedPublication {
  const body = record(value, 'publication');
  return { ...parsePublication(body), secret: string(body['secret'], 'publication secret') };
}

export function parseWebhook(value: unknown): Webhook {
  const body = record(value, 'webhook');
  return {
    id: string(body['id'], 'webhook id'),
    url: string(body['url'], 'webhook address'),
    events: events(body['events']),
    createdBy: person(body['createdBy']),
    createdAt: time(body['createdAt'], 'webhook time'),
  };
}

export function parseWebhooks(value: unknown): Webhook[] {
  return list(value, 'list of webhooks').map(parseWebhook);
}

export function parseCreatedWebhook(value: unknown): CreatedWebhook {
  const body = record(value, 'webhook');
  return { ...parseWebhook(body), secret: string(body['secret'], 'webhook secret') };
}

const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;

export function parseDeliveries(value: unknown): Delivery[] {
  return list(value, 'list of deliveries').map((entry) => {
    const body = record(entry, 'delivery');
    return {
      id: string(body['id'], 'delivery id'),
      type: string(body['type'], 'delivery event'),
      state: DELIVERY_STATES.find((state) => state === body['state']) ?? fail('delivery state'),
      attempts: number(body['attempts'], 'delivery attempts'),
      nextAttemptAt: nullableNumber(body['nextAttemptAt'], 'next attempt'),
      lastStatus: nullableNumber(body['lastStatus'], 'delivery status'),
      lastError: nullableString(body['lastError'], 'delivery error'),
      createdAt: time(body['createdAt'], 'delivery time'),
    };
  });
}

function axis(value: unknown): Axis {
  const body = record(value, 'lane or horizon');
  return { id: string(body['id'], 'lane id'), name: string(body['name'], 'lane name') };
}

function publishedItem(value: unknown): PublishedItem {
  const body = record(value, 'published item');
  const tags = body['tags'] === undefined ? undefined : list(body['tags'], 'tags');
  const dependencies =
    body['dependencies'] === undefined ? undefined : list(body['dependencies'], 'dependencies');
  return {
    id: string(body['id'], 'item id'),
    title: string(body['title'], 'item title'),
    lane: string(body['lane'], 'item lane'),
    horizon: string(body['horizon'], 'item horizon'),
    releaseId: nullableString(body['releaseId'], 'item release'),
    ...(body['description'] === undefined
      ? {}
      : { description: string(body['description'], 'description') }),
    ...(body['owner'] === undefined ? {} : { owner: string(body['owner'], 'owner') }),
    ...(body['status'] === undefined ? {} : { status: string(body['status'], 'status') }),
    ...('startDate' in body ? { startDate: nullableString(body['startDate'], 'date') } : {}),
    ...('endDate' in body ? { endDate: nullableString(body['endDate'], 'date') } : {}),
    ...('riceScore' in body ? { riceScore: nullableNumber(body['riceScore'], 'score') } : {}),
    ...('valueEffort' in body ? { valueEffort: nullableNumber(body['valueEffort'], 'score') } : {}),
    ...(tags === undefined ? {} : { tags: tags.map((tag) => string(tag, 'tag')) }),
    ...(body['health'] === undefined ? {} : { health: string(body['health'], 'health') }),
    ...(dependencies === undefined
      ? {}
      : { dependencies: dependencies.map((id) => string(id, 'dependency')) }),
  };
}

function publishedRelease(value: unknown): PublishedRelease {
  const body = record(value, 'published release');
  return {
    id: string(body['id'], 'release id'),
    name: string(body['name'], 'release name'),
    type: string(body['type'], 'release type'),
    ...('date' in body ? { date: nullableString(body['date'], 'release date') } : {}),
  };
}

function parsePublishedRoadmap(body: Record<string, unknown>): PublishedRoadmap {
  return {
    kind: 'roadmap',
    title: string(body['title'], 'title'),
    label: optionalString(body['label'], 'label') ?? '',
    updatedAt: time(body['updatedAt'], 'update time'),
    lanes: list(body['lanes'], 'lanes').map(axis),
    horizons: list(body['horizons'], 'horizons').map(axis),
    items: list(body['items'], 'items').map(publishedItem),
    releases: list(body['releases'], 'releases').map(publishedRelease),
  };
}

function readiness(value: unknown): Readiness {
  const body = record(value, 'readiness');
  return {
    done: number(body['done'], 'readiness'),
    total: number(body['total'], 'readiness'),
    percent: nullableNumber(body['percent'], 'readiness'),
  };
}

function publishedTask(value: unknown): PublishedTask {
  const body = record(value, 'published task');
  const optional = (key: string) => optionalString(body[key], key);
  const description = optional('description');
  const owner = optional('owner');
  const status = optional('status');
  const dueDate = optional('dueDate');
  const offsetLabel = optional('offsetLabel');
  return {
    id: string(body['id'], 'task id'),
    title: string(body['title'], 'task title'),
    track: string(body['track'], 'task track'),
    ...(description === undefined ? {} : { description }),
    ...(owner === undefined ? {} : { owner }),
    ...(status === undefined ? {} : { status }),
    ...(dueDate === undefined ? {} : { dueDate }),
    ...(offsetLabel === undefined ? {} : { offsetLabel }),
  };
}

function parsePublishedLaunch(body: Record<string, unknown>): PublishedLaunch {
  const launchDate = optionalString(body['launchDate'], 'launch date');
  return {
    kind: 'launch',
    title: string(body['title'], 'title'),
    label: optionalString(body['label'], 'label') ?? '',
    updatedAt: time(body['updatedAt'], 'update time'),
    tier: string(body['tier'], 'tier'),
    ...(launchDate === undefined ? {} : { launchDate }),
    ...(body['readiness'] === undefined ? {} : { readiness: readiness(body['readiness']) }),
    tracks: list(body['tracks'], 'tracks').map((entry) => {
      const track = record(entry, 'track');
      return {
        ...axis(track),
        ...(track['readiness'] === undefined ? {} : { readiness: readiness(track['readiness']) }),
      };
    }),
    items: list(body['items'], 'tasks').map(publishedTask),
  };
}

/** A published board of either kind. */
export function parsePublishedBoard(value: unknown): PublishedBoard {
  const body = record(value, 'published board');
  switch (body['kind']) {
    case 'roadmap':
      return parsePublishedRoadmap(body);
    case 'launch':
      return parsePublishedLaunch(body);
    default:
      return fail('kind of published board');
  }
}
