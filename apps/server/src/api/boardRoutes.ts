import {
  addItem,
  addLane,
  deleteItem,
  deleteLane,
  moveItem,
  moveLane,
  readBoard,
  renameBoard,
  renameLane,
  updateItem,
  ModelError,
  type BoardView,
  type ItemView,
} from '@cairn/model';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import type { BoardService } from '../boards/BoardService.js';
import type { ApiEnv } from './ApiEnv.js';
import { requireRole } from './authenticate.js';
import { parseBody } from './parseBody.js';
import {
  createBoardBody,
  createItemBody,
  createLaneBody,
  patchBoardBody,
  patchItemBody,
  patchLaneBody,
} from './schemas.js';

function findItem(doc: Y.Doc, itemId: string): ItemView {
  const item = readBoard(doc).items.find((candidate) => candidate.id === itemId);
  if (!item) throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
  return item;
}

/** Checks a move target before any write, so a PATCH never half-applies. */
function assertTarget(board: BoardView, lane?: string, horizon?: string): void {
  if (lane !== undefined && !board.lanes.some((entry) => entry.id === lane)) {
    throw new ModelError('not-found', `No lane ${JSON.stringify(lane)} on this board.`);
  }
  if (horizon !== undefined && !board.horizons.some((entry) => entry.id === horizon)) {
    throw new ModelError('not-found', `No horizon ${JSON.stringify(horizon)} on this board.`);
  }
}

/** `/api/boards`: boards, their items and lanes. */
export function boardRoutes(boards: BoardService): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');

  app.get('/', (c) => c.json(boards.list()));

  app.post('/', editor, async (c) => {
    const body = await parseBody(c, createBoardBody);
    return c.json(await boards.create(body, c.get('identity')), 201);
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const view = await boards.read(id, c.get('identity'), readBoard);
    const { createdAt, updatedAt } = boards.summary(id);
    return c.json({ id, ...view, createdAt, updatedAt });
  });

  app.patch('/:id', editor, async (c) => {
    const id = c.req.param('id');
    const body = await parseBody(c, patchBoardBody);
    await boards.write(id, c.get('identity'), (doc, ctx) => renameBoard(doc, body.title, ctx));
    return c.json(boards.summary(id));
  });

  app.post('/:id/items', editor, async (c) => {
    const body = await parseBody(c, createItemBody);
    const item = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) =>
      findItem(doc, addItem(doc, body, ctx)),
    );
    return c.json(item, 201);
  });

  app.patch('/:id/items/:itemId', editor, async (c) => {
    const itemId = c.req.param('itemId');
    const { lane, horizon, index, ...fields } = await parseBody(c, patchItemBody);
    const item = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      findItem(doc, itemId);
      assertTarget(readBoard(doc), lane, horizon);
      if (Object.keys(fields).length > 0) updateItem(doc, itemId, fields, ctx);
      if (lane !== undefined || horizon !== undefined || index !== undefined) {
        moveItem(doc, itemId, { lane, horizon, index }, ctx);
      }
      return findItem(doc, itemId);
    });
    return c.json(item);
  });

  app.delete('/:id/items/:itemId', editor, async (c) => {
    await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) =>
      deleteItem(doc, c.req.param('itemId'), ctx),
    );
    return c.body(null, 204);
  });

  app.post('/:id/lanes', editor, async (c) => {
    const body = await parseBody(c, createLaneBody);
    const lane = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      const id = addLane(doc, body, ctx);
      return readBoard(doc).lanes.find((entry) => entry.id === id);
    });
    return c.json(lane, 201);
  });

  app.patch('/:id/lanes/:laneId', editor, async (c) => {
    const laneId = c.req.param('laneId');
    const body = await parseBody(c, patchLaneBody);
    const lane = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      assertTarget(readBoard(doc), laneId);
      if (body.name !== undefined) renameLane(doc, laneId, body.name, ctx);
      if (body.index !== undefined) moveLane(doc, laneId, body.index, ctx);
      return readBoard(doc).lanes.find((entry) => entry.id === laneId);
    });
    return c.json(lane);
  });

  app.delete('/:id/lanes/:laneId', editor, async (c) => {
    const moveItemsTo = c.req.query('moveItemsTo');
    await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) =>
      deleteLane(doc, c.req.param('laneId'), moveItemsTo ? { moveItemsTo } : {}, ctx),
    );
    return c.body(null, 204);
  });

  return app;
}
