import {
  addRelease,
  deleteRelease,
  ModelError,
  readKind,
  readRoadmap,
  RELEASE_TYPES,
  ROADMAP_LIMITS,
  updateRelease,
  type ReleaseView,
} from '@cairn/model';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import { z } from 'zod';
import type { BoardService } from '../boards/BoardService.js';
import type { ApiEnv } from './ApiEnv.js';
import { requireRole } from './authenticate.js';
import { textField } from './kinds/textField.js';
import { parseBody } from './parseBody.js';

/** 'YYYY-MM-DD'; the model also refuses dates that do not exist. */
const dateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD.');
const indexField = z.int().min(0).max(ROADMAP_LIMITS.releasesPerBoard);

const createReleaseBody = z.strictObject({
  name: textField,
  date: dateField,
  type: z.enum(RELEASE_TYPES).optional(),
  index: indexField.optional(),
});

const patchReleaseBody = z
  .strictObject({
    name: textField.optional(),
    date: dateField.optional(),
    type: z.enum(RELEASE_TYPES).optional(),
    index: indexField.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change.');

/** Releases exist on roadmaps only; other kinds answer 400. */
function roadmapReleases(doc: Y.Doc): readonly ReleaseView[] {
  if (readKind(doc) !== 'roadmap') {
    throw new ModelError('invalid', 'Only roadmaps have releases.');
  }
  return readRoadmap(doc).releases;
}

function findRelease(doc: Y.Doc, releaseId: string): ReleaseView {
  const release = roadmapReleases(doc).find((entry) => entry.id === releaseId);
  if (!release) {
    throw new ModelError('not-found', `No release ${JSON.stringify(releaseId)} on this board.`);
  }
  return release;
}

/** `/api/boards/:id/releases`: a roadmap's milestones and releases. */
export function releaseRoutes(boards: BoardService): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use(requireRole('editor'));

  app.post('/', async (c) => {
    const body = await parseBody(c, createReleaseBody);
    const release = await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      roadmapReleases(doc);
      return findRelease(doc, addRelease(doc, body, ctx));
    });
    return c.json(release, 201);
  });

  app.patch('/:releaseId', async (c) => {
    const releaseId = c.req.param('releaseId');
    const body = await parseBody(c, patchReleaseBody);
    const release = await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      findRelease(doc, releaseId);
      updateRelease(doc, releaseId, body, ctx);
      return findRelease(doc, releaseId);
    });
    return c.json(release);
  });

  app.delete('/:releaseId', async (c) => {
    const releaseId = c.req.param('releaseId');
    await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      findRelease(doc, releaseId);
      deleteRelease(doc, releaseId, ctx);
    });
    return c.body(null, 204);
  });

  return app;
}
