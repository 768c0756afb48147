import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { PublishingDependencies } from './PublishingDependencies.js';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody } from '../api/parseBody.js';
import { DEFAULT_HIDDEN_FIELDS, PUBLISHABLE_KINDS } from './publishedFields.js';
import type { Publication } from './PublicationStore.js';
import { newPublicationBody, newWebhookBody, patchPublicationBody } from './publishingBodies.js';
import { checkWebhookUrl } from './webhookDestination.js';
import { publicWebhook, type SigningWebhook } from './WebhookStore.js';

/** How many recent deliveries `GET …/webhooks/:webhookId/deliveries` answers. */
const LISTED_DELIVERIES = 50;

/** Generated webhook secrets: `whsec_` and 256 random bits. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * `/api/boards/:id/publications…` and `/api/boards/:id/webhooks…` (docs/publishing.md), for
 * people with a role on the board. Mounted at `/api`, after board access: editors publish and
 * revoke, admins manage webhooks.
 */
export function publishingRoutes(deps: PublishingDependencies): Hono<ApiEnv> {
  const { publications, webhooks, settings } = deps.publishing;
  const { access } = deps.accounts;
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');
  const admin = requireRole('admin');

  /** The route's board, or 404 (a workspace role counts on every id, even a missing board). */
  const boardOf = (c: Context<ApiEnv>) => deps.boards.summary(c.req.param('id') ?? '');

  const publicationView = (publication: Publication) => ({
    id: publication.id,
    label: publication.label,
    hidden: publication.hidden,
    createdBy: { id: publication.createdBy, name: access.nameOf(publication.createdBy) },
    createdAt: publication.createdAt,
    updatedAt: publication.updatedAt,
    revokedAt: publication.revokedAt,
  });

  const webhookView = (webhook: SigningWebhook) => {
    const { createdBy, ...rest } = publicWebhook(webhook);
    return { ...rest, createdBy: { id: createdBy, name: access.nameOf(createdBy) } };
  };

  const publicationOf = (c: Context<ApiEnv>, boardId: string) => {
    const id = c.req.param('publicationId') ?? '';
    const publication = publications.get(boardId, id);
    if (!publication)
      throw new ApiError(404, `No publication ${JSON.stringify(id)} of this board.`);
    return publication;
  };

  const webhookOf = (c: Context<ApiEnv>, boardId: string) => {
    const id = c.req.param('webhookId') ?? '';
    const webhook = webhooks.get(boardId, id);
    if (!webhook) throw new ApiError(404, `No webhook ${JSON.stringify(id)} on this board.`);
    return webhook;
  };

  app.get('/boards/:id/publications', editor, (c) =>
    c.json(publications.listOn(boardOf(c).id).map(publicationView)),
  );

  app.post('/boards/:id/publications', editor, async (c) => {
    const board = boardOf(c);
    const body = await parseBody(c, newPublicationBody);
    if (!PUBLISHABLE_KINDS.some((kind) => kind === board.kind)) {
      throw new ApiError(
        400,
        `Only roadmaps and launch plans can be published; this board is a ${board.kind}.`,
      );
    }
    const created = publications.create({
      boardId: board.id,
      label: body.label ?? '',
      hidden: body.hidden ?? DEFAULT_HIDDEN_FIELDS,
      createdBy: c.get('identity').id,
    });
    return c.json(
      { ...publicationView(created), secret: created.secret, url: `/p/${created.secret}` },
      201,
    );
  });

  app.patch('/boards/:id/publications/:publicationId', editor, async (c) => {
    const boardId = boardOf(c).id;
    const current = publicationOf(c, boardId);
    const patch = await parseBody(c, patchPublicationBody);
    if (current.revokedAt !== null) {
      throw new ApiError(409, 'This publication was revoked; publish the board again instead.');
    }
    publications.update(boardId, current.id, {
      label: patch.label === undefined ? current.label : (patch.label ?? ''),
      hidden: patch.hidden ?? current.hidden,
    });
    return c.json(publicationView(publicationOf(c, boardId)));
  });

  app.delete('/boards/:id/publications/:publicationId', editor, (c) => {
    const boardId = boardOf(c).id;
    publications.revoke(boardId, publicationOf(c, boardId).id);
    return c.body(null, 204);
  });

  app.get('/boards/:id/webhooks', admin, (c) =>
    c.json(webhooks.listOn(boardOf(c).id).map(webhookView)),
  );

  app.post('/boards/:id/webhooks', admin, async (c) => {
    const boardId = boardOf(c).id;
    const body = await parseBody(c, newWebhookBody);
    const url = checkWebhookUrl(body.url, settings.allowPrivate);
    if (typeof url === 'string') throw new ApiError(400, `url: ${url}`);
    const created = webhooks.create({
      boardId,
      url: url.href,
      events: [...new Set(body.events)],
      secret: body.secret ?? newWebhookSecret(),
      createdBy: c.get('identity').id,
    });
    deps.publishing.watchBoard(boardId);
    return c.json({ ...webhookView(created), secret: created.secret }, 201);
  });

  app.delete('/boards/:id/webhooks/:webhookId', admin, (c) => {
    const boardId = boardOf(c).id;
    webhooks.delete(boardId, webhookOf(c, boardId).id);
    return c.body(null, 204);
  });

  app.get('/boards/:id/webhooks/:webhookId/deliveries', admin, (c) => {
    const boardId = boardOf(c).id;
    return c.json(webhooks.deliveriesOf(webhookOf(c, boardId).id, LISTED_DELIVERIES));
  });

  return app;
}
