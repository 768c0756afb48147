import { readWhiteboardShapes } from '@cairn/canvas';
import { ModelError, readBoard, readKind, renameBoard, type NewBoard } from '@cairn/model';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import type { AccessService } from '../access/AccessService.js';
import type { BoardService } from '../boards/BoardService.js';
import type { ApiEnv } from './ApiEnv.js';
import { requireRole } from './authenticate.js';
import { BOARD_KIND_APIS, createBoardBody } from './kinds/boardKinds.js';
import { launchRoutes } from './kinds/launchApi.js';
import { laneRoutes } from './laneRoutes.js';
import { parseBody, readJson } from './parseBody.js';
import { releaseRoutes } from './releaseRoutes.js';
import { patchBoardBody } from './schemas.js';

/** The entry `itemId` of any board kind, as that kind's view shows it. */
function findItem(doc: Y.Doc, itemId: string): { id: string } {
  const item = readBoard(doc).items.find((candidate) => candidate.id === itemId);
  if (!item) throw new ModelError('not-found', `No item ${JSON.stringify(itemId)} on this board.`);
  return item;
}

/**
 * `/api/boards`: boards of every kind, their entries, and a roadmap's lanes. The list shows only
 * boards the caller can read; a signed-in creator becomes the new board's admin.
 */
export function boardRoutes(boards: BoardService, access: AccessService): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');

  app.get('/', (c) => {
    const identity = c.get('identity');
    return c.json(boards.list().filter((board) => access.roleOn(identity, board.id) !== null));
  });

  app.post('/', editor, async (c) => {
    // The schema is the union of every kind's strict shape, so the body is a valid NewBoard.
    const body = (await parseBody(c, createBoardBody)) as unknown as NewBoard;
    const identity = c.get('identity');
    const created = await boards.create(body, identity);
    access.recordCreator(created.id, identity);
    return c.json(created, 201);
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const view = await boards.read(id, c.get('identity'), (doc) => {
      const board = readBoard(doc);
      // A canvas board's content is its whiteboard; `items` holds notes not yet moved onto it.
      return board.kind === 'canvas' ? { ...board, shapes: readWhiteboardShapes(doc) } : board;
    });
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
    const body = await readJson(c);
    const item = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) =>
      findItem(doc, BOARD_KIND_APIS[readKind(doc)].addItem(doc, body, ctx)),
    );
    return c.json(item, 201);
  });

  app.patch('/:id/items/:itemId', editor, async (c) => {
    const itemId = c.req.param('itemId');
    const body = await readJson(c);
    const item = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      // The kind validates the body first, then refuses an unknown item with 404.
      BOARD_KIND_APIS[readKind(doc)].updateItem(doc, itemId, body, ctx);
      return findItem(doc, itemId);
    });
    return c.json(item);
  });

  app.delete('/:id/items/:itemId', editor, async (c) => {
    const itemId = c.req.param('itemId');
    await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      findItem(doc, itemId);
      BOARD_KIND_APIS[readKind(doc)].deleteItem(doc, itemId, ctx);
    });
    return c.body(null, 204);
  });

  app.route('/:id/lanes', laneRoutes(boards));
  app.route('/:id/releases', releaseRoutes(boards));
  app.route('/:id/launch', launchRoutes(boards));
  return app;
}
