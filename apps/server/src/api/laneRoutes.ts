import {
  addLane,
  deleteLane,
  ModelError,
  moveLane,
  readKind,
  readRoadmap,
  renameLane,
} from '@cairn/model';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import type { BoardService } from '../boards/BoardService.js';
import type { ApiEnv } from './ApiEnv.js';
import { requireRole } from './authenticate.js';
import { parseBody } from './parseBody.js';
import { createLaneBody, patchLaneBody } from './schemas.js';

/** Lanes exist on roadmaps only; other kinds answer 400. */
function roadmapLanes(doc: Y.Doc) {
  if (readKind(doc) !== 'roadmap') throw new ModelError('invalid', 'Only roadmaps have lanes.');
  return readRoadmap(doc).lanes;
}

function findLane(doc: Y.Doc, laneId: string) {
  const lane = roadmapLanes(doc).find((entry) => entry.id === laneId);
  if (!lane) throw new ModelError('not-found', `No lane ${JSON.stringify(laneId)} on this board.`);
  return lane;
}

/** `/api/boards/:id/lanes`: a roadmap's swimlanes. */
export function laneRoutes(boards: BoardService): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use(requireRole('editor'));

  app.post('/', async (c) => {
    const body = await parseBody(c, createLaneBody);
    const lane = await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      roadmapLanes(doc);
      return findLane(doc, addLane(doc, body, ctx));
    });
    return c.json(lane, 201);
  });

  app.patch('/:laneId', async (c) => {
    const laneId = c.req.param('laneId');
    const body = await parseBody(c, patchLaneBody);
    const lane = await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      findLane(doc, laneId);
      if (body.name !== undefined) renameLane(doc, laneId, body.name, ctx);
      if (body.index !== undefined) moveLane(doc, laneId, body.index, ctx);
      return findLane(doc, laneId);
    });
    return c.json(lane);
  });

  app.delete('/:laneId', async (c) => {
    const laneId = c.req.param('laneId');
    const moveItemsTo = c.req.query('moveItemsTo');
    await boards.write(c.req.param('id') ?? '', c.get('identity'), (doc, ctx) => {
      findLane(doc, laneId);
      deleteLane(doc, laneId, moveItemsTo ? { moveItemsTo } : {}, ctx);
    });
    return c.body(null, 204);
  });

  return app;
}
