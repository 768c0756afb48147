import { boardApiPath, ignoreBody } from '../api/apiPaths';
import { requestJson, sendWithToken as send } from '../api/requestJson';
import {
  parseCreatedPublication,
  parseCreatedWebhook,
  parseDeliveries,
  parsePublication,
  parsePublications,
  parsePublishedBoard,
  parseWebhooks,
} from './parsePublishing';
import type {
  CreatedPublication,
  CreatedWebhook,
  Delivery,
  HideableField,
  Publication,
  PublishedBoard,
  Webhook,
  WebhookEvent,
} from './publishingTypes';

/**
 * The REST calls of docs/publishing.md. Every function rejects with an ApiError carrying the
 * server's reason, ready to show.
 */

const publicationsPath = (boardId: string) => `${boardApiPath(boardId)}/publications`;
const webhooksPath = (boardId: string) => `${boardApiPath(boardId)}/webhooks`;

export function listPublications(
  token: string,
  boardId: string,
  signal?: AbortSignal,
): Promise<Publication[]> {
  return send(token, 'GET', publicationsPath(boardId), parsePublications, undefined, signal);
}

export function createPublication(
  token: string,
  boardId: string,
  body: { readonly label?: string; readonly hidden: readonly HideableField[] },
): Promise<CreatedPublication> {
  return send(token, 'POST', publicationsPath(boardId), parseCreatedPublication, body);
}

export function setHiddenFields(
  token: string,
  boardId: string,
  publicationId: string,
  hidden: readonly HideableField[],
): Promise<Publication> {
  const path = `${publicationsPath(boardId)}/${encodeURIComponent(publicationId)}`;
  return send(token, 'PATCH', path, parsePublication, { hidden });
}

export function revokePublication(
  token: string,
  boardId: string,
  publicationId: string,
): Promise<void> {
  const path = `${publicationsPath(boardId)}/${encodeURIComponent(publicationId)}`;
  return send(token, 'DELETE', path, ignoreBody);
}

export function listWebhooks(
  token: string,
  boardId: string,
  signal?: AbortSignal,
): Promise<Webhook[]> {
  return send(token, 'GET', webhooksPath(boardId), parseWebhooks, undefined, signal);
}

export function createWebhook(
  token: string,
  boardId: string,
  body: { readonly url: string; readonly events: readonly WebhookEvent[] },
): Promise<CreatedWebhook> {
  return send(token, 'POST', webhooksPath(boardId), parseCreatedWebhook, body);
}

export function deleteWebhook(token: string, boardId: string, webhookId: string): Promise<void> {
  return send(
    token,
    'DELETE',
    `${webhooksPath(boardId)}/${encodeURIComponent(webhookId)}`,
    ignoreBody,
  );
}

export function listDeliveries(
  token: string,
  boardId: string,
  webhookId: string,
  signal?: AbortSignal,
): Promise<Delivery[]> {
  const path = `${webhooksPath(boardId)}/${encodeURIComponent(webhookId)}/deliveries`;
  return send(token, 'GET', path, parseDeliveries, undefined, signal);
}

/** A published board, for anyone: no token, and the session cookie is not needed. */
export function fetchPublished(secret: string, signal?: AbortSignal): Promise<PublishedBoard> {
  const path = `/api/published/${encodeURIComponent(secret)}`;
  return requestJson({ token: '' }, 'GET', path, parsePublishedBoard, undefined, signal);
}
