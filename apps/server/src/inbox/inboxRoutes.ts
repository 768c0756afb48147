import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.js';
import { parseBody } from '../api/parseBody.js';
import type { CommentRouteDependencies } from '../comments/commentRoutes.js';
import type { PersonRef } from '../comments/ThreadView.js';
import type { ActivitySince } from './ActivityStore.js';
import { markReadBody } from './inboxBodies.js';

/** One followed board in "since your last visit". */
interface BoardChanges {
  readonly boardId: string;
  readonly title: string;
  readonly kind: string;
  readonly lastVisitAt: number | null;
  /** Document updates by other people. */
  edits: number;
  /** Comments by other people. */
  comments: number;
  readonly people: PersonRef[];
  lastChangeAt: number;
}

/** `/api/inbox…` and `/api/boards/:id/follow|visit` (docs/comments.md). */
export function inboxRoutes(deps: CommentRouteDependencies): Hono<ApiEnv> {
  const { comments, access, boards, now } = deps;
  const app = new Hono<ApiEnv>();

  /** The board of a `/boards/:id…` route; 404 when it does not exist. */
  const boardOf = (c: Context<ApiEnv>): string => boards.summary(c.req.param('id') ?? '').id;

  /** Whether `person` can read `boardId` on their own (not through a link of this request). */
  const canRead = (person: string, boardId: string) =>
    access.roleOfPerson(person, boardId) !== null;

  /** Each board's changes, people named even when they only edited over REST. */
  const boardsChanged = (rows: readonly ActivitySince[]): BoardChanges[] => {
    const changed = new Map<string, BoardChanges>();
    const names = new Map<string, Map<string, string>>();
    const nameOn = (boardId: string, personId: string): string | undefined => {
      let people = names.get(boardId);
      if (!people) {
        people = new Map(access.peopleOn(boardId).map((person) => [person.id, person.name]));
        names.set(boardId, people);
      }
      return people.get(personId);
    };
    for (const row of rows) {
      let board = changed.get(row.boardId);
      if (!board) {
        board = {
          boardId: row.boardId,
          title: row.title,
          kind: row.kind,
          lastVisitAt: row.lastVisitAt,
          edits: 0,
          comments: 0,
          people: [],
          lastChangeAt: row.lastAt,
        };
        changed.set(row.boardId, board);
      }
      board.edits += row.edits;
      board.comments += row.comments;
      board.lastChangeAt = Math.max(board.lastChangeAt, row.lastAt);
      const name = row.personName ?? nameOn(row.boardId, row.personId) ?? row.personId;
      board.people.push({ id: row.personId, name });
    }
    return [...changed.values()];
  };

  app.get('/inbox', (c) => {
    const me = c.get('identity').id;
    const readable = comments.inbox.boardsOf(me).filter((boardId) => canRead(me, boardId));
    return c.json(comments.inbox.list(me, readable));
  });

  app.post('/inbox/read', async (c) => {
    const { ids } = await parseBody(c, markReadBody);
    comments.inbox.markRead(c.get('identity').id, ids, now());
    return c.body(null, 204);
  });

  app.get('/inbox/changes', (c) => {
    const me = c.get('identity').id;
    // Edits gathered in memory count too: what a reader sees must not lag a minute behind.
    comments.editActivity.flush();
    const rows = comments.activity.sinceLastVisit(me).filter((row) => canRead(me, row.boardId));
    const changed = boardsChanged(rows);
    // Most recently changed first, like the board list.
    changed.sort((a, b) => b.lastChangeAt - a.lastChangeAt || a.boardId.localeCompare(b.boardId));
    return c.json({ boards: changed });
  });

  app.put('/boards/:id/follow', (c) => {
    const boardId = boardOf(c);
    // A follow starts from now: edits gathered before it are written before it.
    comments.editActivity.flush(boardId);
    comments.follows.follow(c.get('identity').id, boardId);
    return c.body(null, 204);
  });

  app.delete('/boards/:id/follow', (c) => {
    comments.follows.unfollow(c.get('identity').id, boardOf(c));
    return c.body(null, 204);
  });

  app.post('/boards/:id/visit', (c) => {
    const boardId = boardOf(c);
    // Edits made before this visit must be written before it, or they would count as after.
    comments.editActivity.flush(boardId);
    comments.follows.visit(c.get('identity').id, boardId, now());
    return c.body(null, 204);
  });

  return app;
}
