import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { ApiError } from '../api/ApiError.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody, validate } from '../api/parseBody.js';
import type { AccessService } from '../access/AccessService.js';
import { hasRole } from '../auth/roles.js';
import type { BoardService } from '../boards/BoardService.js';
import type { HistoryServices } from './createHistoryServices.js';
import { copyVersionBody, newVersionBody, scheduleBody } from './historyBodies.js';
import type { VersionSchedule } from './ScheduleStore.js';

/** What the history routes need (a part of ApiDependencies, named here to keep layers apart). */
export interface HistoryRouteDependencies {
  readonly history: HistoryServices;
  readonly boards: BoardService;
  readonly accounts: { readonly access: Pick<AccessService, 'recordCreator'> };
}

/** A schedule as the API shows it. */
function scheduleJson(schedule: VersionSchedule | null) {
  return schedule && { every: schedule.every, setBy: schedule.setBy, nextAt: schedule.nextAt };
}

/**
 * `/api/boards/:id/versions…` (docs/history.md). Mounted at `/api`, after `boardAccess` answered
 * 404 to anyone without a role on the board. Readers list and compare; editors take versions,
 * roll back, copy and schedule; admins delete.
 */
export function historyRoutes(deps: HistoryRouteDependencies): Hono<ApiEnv> {
  const { history, boards } = deps;
  const { access } = deps.accounts;
  const app = new Hono<ApiEnv>();
  const editor = requireRole('editor');
  const admin = requireRole('admin');

  /** The board of the route; 404 when it does not exist. */
  const boardOf = (c: Context<ApiEnv>): string => boards.summary(c.req.param('id') ?? '').id;

  app.get('/boards/:id/versions', async (c) => {
    const boardId = boardOf(c);
    // Versions that fell due are taken before the list is read, so it never misses one.
    await history.scheduler.runDue(boardId);
    return c.json({
      versions: history.versions.list(boardId),
      schedule: scheduleJson(history.versions.schedule(boardId)),
    });
  });

  app.post('/boards/:id/versions', editor, async (c) => {
    const boardId = boardOf(c);
    const { name } = await parseBody(c, newVersionBody);
    return c.json(await history.versions.take(boardId, c.get('identity'), name), 201);
  });

  app.put('/boards/:id/versions/schedule', editor, async (c) => {
    const boardId = boardOf(c);
    const { every } = await parseBody(c, scheduleBody);
    const schedule = history.versions.setSchedule(boardId, every, c.get('identity'));
    return c.json({ schedule: scheduleJson(schedule) });
  });

  app.get('/boards/:id/versions/:a/diff/:b', async (c) => {
    const boardId = boardOf(c);
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'text') {
      throw new ApiError(400, 'format must be json or text.');
    }
    const diff = await history.versions.diff(
      boardId,
      c.req.param('a'),
      c.req.param('b'),
      c.get('identity'),
    );
    if (format === 'text') {
      return c.text(diff.changelog, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    return c.json(diff);
  });

  app.post('/boards/:id/versions/:versionId/rollback', editor, async (c) => {
    const boardId = boardOf(c);
    const result = await history.versions.rollBack(
      boardId,
      c.req.param('versionId'),
      c.get('identity'),
    );
    return c.json(result);
  });

  app.post('/boards/:id/versions/:versionId/copy', editor, async (c) => {
    const boardId = boardOf(c);
    const identity = c.get('identity');
    // A copy is a new board: it needs the workspace right to create boards, as POST /api/boards.
    if (identity.role === null || !hasRole(identity.role, 'editor')) {
      throw new ApiError(403, 'Creating a board needs the editor role in the workspace.');
    }
    const text = await c.req.text();
    const { title } = validate(copyVersionBody, text.trim() === '' ? {} : await readJsonOf(text));
    const created = await history.versions.copy(boardId, c.req.param('versionId'), identity, title);
    access.recordCreator(created.id, identity);
    return c.json(created, 201);
  });

  app.delete('/boards/:id/versions/:versionId', admin, (c) => {
    history.versions.delete(boardOf(c), c.req.param('versionId'));
    return c.body(null, 204);
  });

  return app;
}

/** `text` parsed as JSON; 400 when it is not JSON. */
function readJsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'The body is not valid JSON.');
  }
}
