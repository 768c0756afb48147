import { ModelError, readBoard } from '@cairn/model';
import { Hono } from 'hono';
import type { PublishingDependencies } from './PublishingDependencies.js';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import type { Identity } from '../auth/Identity.js';
import { publishedLaunch, publishedRoadmap } from './publishedView.js';
import { PUBLISHABLE_KINDS } from './publishedFields.js';

/** Who reads a published board's document: the server itself, on the publication's behalf. */
function readerOf(publicationId: string): Identity {
  return {
    id: `publication:${publicationId}`,
    name: 'Published view',
    kind: 'guest',
    role: null,
    credentials: {},
  };
}

/**
 * `/api/published/:secret`: a published board for anyone holding its address, with no account
 * (docs/publishing.md). Mounted at `/api/published`, before authentication. Unknown and revoked
 * secrets are the same 404; the answer is never cached or indexed.
 */
export function publishedRoutes(deps: PublishingDependencies): Hono<ApiEnv> {
  const { publications } = deps.publishing;
  const app = new Hono<ApiEnv>();

  const summaryOf = (boardId: string) => {
    try {
      return deps.boards.summary(boardId);
    } catch (error) {
      if (error instanceof ModelError) return undefined;
      throw error;
    }
  };

  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/:secret', async (c) => {
    const publication = publications.verify(c.req.param('secret'));
    // The board may have been deleted since: the same 404 as for an unknown address.
    const summary = publication && summaryOf(publication.boardId);
    if (!publication || !summary || !PUBLISHABLE_KINDS.some((kind) => kind === summary.kind)) {
      throw new ApiError(404, 'This published board does not exist or is no longer published.');
    }
    const view = await deps.boards.read(summary.id, readerOf(publication.id), (doc) =>
      readBoard(doc),
    );
    if (view.kind === 'roadmap') {
      return c.json(publishedRoadmap(view, publication, summary.updatedAt));
    }
    if (view.kind === 'launch') {
      return c.json(publishedLaunch(view, publication, summary.updatedAt));
    }
    throw new ApiError(404, 'This published board does not exist or is no longer published.');
  });

  return app;
}
