import {
  addTask,
  addTrack,
  deleteTask,
  deleteTrack,
  LAUNCH_LIMITS,
  LAUNCH_TEMPLATES,
  LAUNCH_TIERS,
  ModelError,
  moveTrack,
  readKind,
  readLaunch,
  renameTrack,
  setLaunchDate,
  setLaunchTier,
  TASK_STATUSES,
  updateTask,
  type LaunchView,
} from '@cairn/model';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import { z } from 'zod';
import type { BoardService } from '../../boards/BoardService.js';
import type { ApiEnv } from '../ApiEnv.js';
import { requireRole } from '../authenticate.js';
import { parseBody, validate } from '../parseBody.js';
import type { BoardKindApi } from './BoardKindApi.js';
import { textField } from './textField.js';

/** Launch day: any string here; the model says why it is not a date (400 with the reason). */
const launchDate = z.string().max(40);

const offsetDays = z.int().min(-LAUNCH_LIMITS.maxOffsetDays).max(LAUNCH_LIMITS.maxOffsetDays);

const taskFields = {
  description: textField.optional(),
  owner: textField.optional(),
  status: z.enum(TASK_STATUSES).optional(),
  track: textField.optional(),
  offsetDays: offsetDays.optional(),
};

const createTaskBody = z.strictObject({ title: textField, ...taskFields });

const atLeastOne = (body: object) => Object.keys(body).length > 0;
const atLeastOneMessage = 'Give at least one field to change.';

const patchTaskBody = z
  .strictObject({ title: textField.optional(), ...taskFields })
  .refine(atLeastOne, atLeastOneMessage);

const patchPlanBody = z
  .strictObject({ launchDate: launchDate.optional(), tier: z.enum(LAUNCH_TIERS).optional() })
  .refine(atLeastOne, atLeastOneMessage);

const trackIndex = z.int().min(0).max(LAUNCH_LIMITS.tracksPerBoard);
const createTrackBody = z.strictObject({ name: textField, index: trackIndex.optional() });
const patchTrackBody = z
  .strictObject({ name: textField.optional(), index: trackIndex.optional() })
  .refine(atLeastOne, atLeastOneMessage);

/** Launch tasks are the board's items: `{title, track?, offsetDays?, owner?, status?, description?}`. */
export const launchApi: BoardKindApi = {
  createBoardBody: z.strictObject({
    kind: z.literal('launch'),
    title: textField,
    launchDate: launchDate.optional(),
    tier: z.enum(LAUNCH_TIERS).optional(),
    template: z.enum(LAUNCH_TEMPLATES).optional(),
  }),
  addItem: (doc, body, ctx) => addTask(doc, validate(createTaskBody, body), ctx),
  updateItem: (doc, itemId, body, ctx) =>
    updateTask(doc, itemId, validate(patchTaskBody, body), ctx),
  deleteItem: deleteTask,
};

/** The launch view of a board, or 400 for boards of other kinds. */
function launchView(doc: Y.Doc): LaunchView {
  if (readKind(doc) !== 'launch')
    throw new ModelError('invalid', 'Only launch boards have a launch plan.');
  return readLaunch(doc);
}

/** What `GET`/`PATCH /api/boards/:id/launch` answer: the plan without its tasks. */
function planOf(doc: Y.Doc) {
  const { launchDate: date, tier, tracks, readiness } = launchView(doc);
  return { launchDate: date, tier, tracks, readiness };
}

function trackOf(doc: Y.Doc, trackId: string) {
  const track = launchView(doc).tracks.find((entry) => entry.id === trackId);
  if (!track)
    throw new ModelError('not-found', `No track ${JSON.stringify(trackId)} on this board.`);
  return track;
}

/**
 * `/api/boards/:id/launch`: what a launch board has besides its tasks. PATCH `{launchDate?,
 * tier?}` moves launch day (every task's due date with it) or sets the tier; `tracks` adds,
 * renames, moves (`index`) and deletes tracks (`?moveTasksTo=<trackId>`, default the first
 * other track). Mounted by `boardRoutes` beside `/items`.
 */
export function launchRoutes(boards: BoardService): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const boardId = (c: { req: { param: (name: string) => string | undefined } }) =>
    c.req.param('id') ?? '';

  app.get('/', async (c) => c.json(await boards.read(boardId(c), c.get('identity'), planOf)));

  app.use(requireRole('editor'));

  app.patch('/', async (c) => {
    const body = await parseBody(c, patchPlanBody);
    const plan = await boards.write(boardId(c), c.get('identity'), (doc, ctx) => {
      launchView(doc);
      // The tier was checked by the schema, so only the date can still be refused, and it is
      // written first: a PATCH never half-applies.
      if (body.launchDate !== undefined) setLaunchDate(doc, body.launchDate, ctx);
      if (body.tier !== undefined) setLaunchTier(doc, body.tier, ctx);
      return planOf(doc);
    });
    return c.json(plan);
  });

  app.post('/tracks', async (c) => {
    const body = await parseBody(c, createTrackBody);
    const track = await boards.write(boardId(c), c.get('identity'), (doc, ctx) => {
      launchView(doc);
      return trackOf(doc, addTrack(doc, body, ctx));
    });
    return c.json(track, 201);
  });

  app.patch('/tracks/:trackId', async (c) => {
    const trackId = c.req.param('trackId');
    const body = await parseBody(c, patchTrackBody);
    const track = await boards.write(boardId(c), c.get('identity'), (doc, ctx) => {
      trackOf(doc, trackId);
      if (body.name !== undefined) renameTrack(doc, trackId, body.name, ctx);
      if (body.index !== undefined) moveTrack(doc, trackId, body.index, ctx);
      return trackOf(doc, trackId);
    });
    return c.json(track);
  });

  app.delete('/tracks/:trackId', async (c) => {
    const trackId = c.req.param('trackId');
    const moveTasksTo = c.req.query('moveTasksTo');
    await boards.write(boardId(c), c.get('identity'), (doc, ctx) => {
      trackOf(doc, trackId);
      deleteTrack(doc, trackId, moveTasksTo ? { moveTasksTo } : {}, ctx);
    });
    return c.body(null, 204);
  });

  return app;
}
