import { readWhiteboardShapes } from '@cairn/canvas';
import {
  addFacilitator,
  clearVote,
  isFacilitator,
  openVote,
  readFacilitation,
  readKind,
  removeFacilitator,
  revealVote,
  setVoteVoters,
  startTimer,
  stopTimer,
  type Ballot,
  type OperationContext,
} from '@cairn/model';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type * as Y from 'yjs';
import { ApiError } from '../api/ApiError.js';
import type { ApiEnv } from '../api/ApiEnv.js';
import { requireRole } from '../api/authenticate.js';
import { parseBody, readJson, validate } from '../api/parseBody.js';
import { hasRole } from '../auth/roles.js';
import type { Access } from '../auth/Access.js';
import type { BoardService } from '../boards/BoardService.js';
import type { BallotStore } from './BallotStore.js';
import { ballotBody, facilitatorBody, timerBody, voteBody } from './facilitationBodies.js';
import { personOf } from './personOf.js';

/** What the facilitation routes need. */
export interface FacilitationDependencies {
  readonly boards: BoardService;
  readonly ballots: BallotStore;
  /** Who may be made a facilitator: anyone with a role on the board. */
  readonly access: Access;
  /** The server clock: timers end on it, and `serverTime` lets clients correct for theirs. */
  readonly now: () => number;
}

/** Answers 404 for a board that is not a canvas: only canvases have facilitation. */
function requireCanvas(doc: Y.Doc): void {
  if (readKind(doc) !== 'canvas') {
    throw new ApiError(404, 'This board is not a canvas; facilitation is for canvas boards.');
  }
}

/** The shape ids on the board's whiteboard, for checking ballots and ranking results. */
function shapeIds(doc: Y.Doc): Set<string> {
  return new Set(readWhiteboardShapes(doc).map((shape) => shape.id));
}

function dotsIn(ballot: Ballot): number {
  return Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
}

/**
 * Facilitation of canvas boards under `/api/boards/:id`: the state with the caller's own ballot,
 * facilitators (admins), the timer and dot votes (facilitators), and ballots (commenters and
 * above). Ballots live in the BallotStore; everything else in the board's document.
 */
export function facilitationRoutes(deps: FacilitationDependencies): Hono<ApiEnv> {
  const { boards, ballots, access, now } = deps;
  const app = new Hono<ApiEnv>();

  /** Runs `run` as a write, after checking that the board is a canvas and the caller facilitates it. */
  const asFacilitator = <T>(
    c: Context<ApiEnv>,
    run: (doc: Y.Doc, ctx: OperationContext, boardId: string) => T,
  ): Promise<T> => {
    const boardId = c.req.param('id') ?? '';
    const identity = c.get('identity');
    return boards.write(boardId, identity, (doc, ctx) => {
      requireCanvas(doc);
      if (!isFacilitator(readFacilitation(doc), identity.id)) {
        throw new ApiError(
          403,
          'Only a facilitator of this board may do this; an admin can make you one.',
        );
      }
      return run(doc, ctx, boardId);
    });
  };

  app.get('/:id/facilitation', async (c) => {
    const boardId = c.req.param('id');
    const identity = c.get('identity');
    const view = await boards.read(boardId, identity, (doc) => {
      requireCanvas(doc);
      return readFacilitation(doc);
    });
    // Own dots only, and only while a vote is open and the caller may vote.
    const open =
      view.vote?.status === 'open' && hasRole(c.get('boardRole') ?? 'viewer', 'commenter')
        ? view.vote
        : null;
    const ballot = open ? ballots.get(boardId, open.id, identity.id) : null;
    return c.json({
      ...view,
      serverTime: now(),
      me: {
        isFacilitator: isFacilitator(view, identity.id),
        ballot,
        dotsLeft: open && ballot ? open.budget - dotsIn(ballot) : null,
      },
    });
  });

  app.put('/:id/facilitators/:userId', requireRole('admin'), async (c) => {
    const userId = c.req.param('userId');
    const { name } = await parseBody(c, facilitatorBody);
    if (access.roleOfPerson(userId, c.req.param('id')) === null) {
      throw new ApiError(
        404,
        `No person ${JSON.stringify(userId)} with a role on this board to make a facilitator.`,
      );
    }
    const facilitators = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      requireCanvas(doc);
      return addFacilitator(doc, { id: userId, name }, ctx);
    });
    return c.json({ facilitators });
  });

  app.delete('/:id/facilitators/:userId', requireRole('admin'), async (c) => {
    const userId = c.req.param('userId');
    const facilitators = await boards.write(c.req.param('id'), c.get('identity'), (doc, ctx) => {
      requireCanvas(doc);
      return removeFacilitator(doc, userId, ctx);
    });
    return c.json({ facilitators });
  });

  app.post('/:id/timer', async (c) => {
    const body = await readJson(c);
    const timer = await asFacilitator(c, (doc, ctx) => {
      const { durationSeconds } = validate(timerBody, body);
      return startTimer(doc, durationSeconds, personOf(c.get('identity')), ctx);
    });
    return c.json({ timer });
  });

  app.delete('/:id/timer', async (c) => {
    await asFacilitator(c, (doc, ctx) => stopTimer(doc, ctx));
    return c.json({ timer: null });
  });

  app.post('/:id/votes', async (c) => {
    const body = await readJson(c);
    const vote = await asFacilitator(c, (doc, ctx, boardId) => {
      const { budget } = validate(voteBody, body);
      const opened = openVote(doc, { budget, openedBy: personOf(c.get('identity')) }, ctx);
      ballots.clear(boardId);
      return opened;
    });
    return c.json({ vote }, 201);
  });

  app.put('/:id/votes/:voteId/ballot', requireRole('commenter'), async (c) => {
    const boardId = c.req.param('id');
    const voteId = c.req.param('voteId');
    const identity = c.get('identity');
    const body = await readJson(c);
    const result = await boards.write(boardId, identity, (doc, ctx) => {
      requireCanvas(doc);
      const vote = readFacilitation(doc).vote;
      if (!vote || vote.id !== voteId || vote.status !== 'open') {
        throw new ApiError(409, `Vote ${JSON.stringify(voteId)} is not open on this board.`);
      }
      const { dots } = validate(ballotBody, body);
      const total = dotsIn(dots);
      if (total > vote.budget) {
        throw new ApiError(400, `The ballot has ${total} dots; this vote allows ${vote.budget}.`);
      }
      const shapes = shapeIds(doc);
      const unknown = Object.keys(dots).find((shapeId) => !shapes.has(shapeId));
      if (unknown !== undefined) {
        throw new ApiError(400, `${JSON.stringify(unknown)} is not a shape on this board.`);
      }
      setVoteVoters(doc, voteId, ballots.put(boardId, voteId, identity.id, dots), ctx);
      return { ballot: dots, dotsLeft: vote.budget - total };
    });
    return c.json(result);
  });

  app.post('/:id/votes/:voteId/reveal', async (c) => {
    const voteId = c.req.param('voteId');
    const vote = await asFacilitator(c, (doc, ctx, boardId) => {
      const shapes = shapeIds(doc);
      const revealed = revealVote(
        doc,
        voteId,
        ballots.all(boardId, voteId),
        (shapeId) => shapes.has(shapeId),
        ctx,
      );
      ballots.clear(boardId);
      return revealed;
    });
    return c.json({ vote });
  });

  app.delete('/:id/votes/:voteId', async (c) => {
    const voteId = c.req.param('voteId');
    await asFacilitator(c, (doc, ctx, boardId) => {
      clearVote(doc, voteId, ctx);
      ballots.clear(boardId);
    });
    return c.json({ vote: null });
  });

  return app;
}
