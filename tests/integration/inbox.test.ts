import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import type { TestServer } from '@cairn/server/testing';
import { describe, expect, it } from 'vitest';
import { callAs, connectAs, makePerson, type TestPerson } from '../support/commentPeople.js';
import { useTestServer } from '../support/useTestServer.js';

interface InboxItem {
  id: string;
  kind: 'mention' | 'reply';
  boardId: string;
  boardTitle: string;
  threadId: string;
  commentId: string;
  by: { id: string; name: string };
  excerpt: string;
  createdAt: number;
  read: boolean;
}

interface Inbox {
  unread: number;
  items: InboxItem[];
}

interface BoardChanges {
  boardId: string;
  title: string;
  kind: string;
  lastVisitAt: number | null;
  edits: number;
  comments: number;
  people: { id: string; name: string }[];
  lastChangeAt: number;
}

const asUser = (userId: string): OperationContext => ({
  origin: { kind: 'local-user', userId },
  env: systemEnv,
});

/** A server with a team and a roadmap made by Eve (an editor). */
async function team() {
  const server = await useTestServer();
  const people = {
    eve: await makePerson(server, 'editor', 'Eve Editor'),
    cam: await makePerson(server, 'commenter', 'Cam Commenter'),
    olu: await makePerson(server, 'commenter', 'Olu Other'),
    ada: await makePerson(server, 'admin', 'Ada Admin'),
    vic: await makePerson(server, 'viewer', 'Vic Viewer'),
  };
  const boardId = await createRoadmap(server, people.eve, 'Q3 roadmap');
  type Who = keyof typeof people;
  const as = <T = { error: string }>(who: Who, method: string, path: string, body?: unknown) =>
    callAs<T>(server, people[who], method, path, body);
  const inbox = async (who: Who) => {
    const response = await as<Inbox>(who, 'GET', '/api/inbox');
    expect(response.status).toBe(200);
    return response.body;
  };
  const changes = async (who: Who) => {
    const response = await as<{ boards: BoardChanges[] }>(who, 'GET', '/api/inbox/changes');
    expect(response.status).toBe(200);
    return response.body.boards;
  };
  const comment = async (who: Who, body: string, threadId?: string, board = boardId) => {
    const path = threadId
      ? `/api/boards/${board}/comments/${threadId}/replies`
      : `/api/boards/${board}/comments`;
    const response = await as<{ id: string }>(who, 'POST', path, { body });
    expect(response.status).toBe(201);
    return response.body.id;
  };
  return { server, people, boardId, as, inbox, changes, comment };
}

async function createRoadmap(server: TestServer, who: TestPerson, title: string) {
  const created = await callAs<{ id: string }>(server, who, 'POST', '/api/boards', {
    kind: 'roadmap',
    title,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('the inbox', () => {
  it('delivers mentions and replies, never for one’s own comments', async () => {
    const { people, boardId, inbox, comment } = await team();
    const threadId = await comment(
      'cam',
      `Thoughts, <@${people.olu.id}>? Also <@${people.cam.id}>`,
    );
    expect(await inbox('cam')).toEqual({ unread: 0, items: [] });
    const olu = await inbox('olu');
    expect(olu).toEqual({
      unread: 1,
      items: [
        {
          id: expect.any(String) as string,
          kind: 'mention',
          boardId,
          boardTitle: 'Q3 roadmap',
          threadId,
          commentId: threadId,
          by: { id: people.cam.id, name: 'Cam Commenter' },
          excerpt: 'Thoughts, @Olu Other? Also @Cam Commenter',
          createdAt: expect.any(Number) as number,
          read: false,
        },
      ],
    });

    const answer = await comment('olu', 'Sounds right', threadId);
    expect((await inbox('olu')).items).toHaveLength(1);
    expect((await inbox('cam')).items).toEqual([
      expect.objectContaining({
        kind: 'reply',
        commentId: answer,
        by: { id: people.olu.id, name: 'Olu Other' },
      }),
    ]);

    // A mention wins over a reply: one item per person and comment.
    const third = await comment('eve', `Agreed with <@${people.cam.id}>`, threadId);
    const cam = await inbox('cam');
    expect(cam.unread).toBe(2);
    expect(cam.items.map((item) => [item.kind, item.commentId])).toEqual([
      ['mention', third],
      ['reply', answer],
    ]);
    expect((await inbox('olu')).items.map((item) => [item.kind, item.commentId])).toEqual([
      ['reply', third],
      ['mention', threadId],
    ]);
    // Nobody else took part or was mentioned.
    expect((await inbox('ada')).items).toEqual([]);
    expect((await inbox('eve')).items).toEqual([]);
  });

  it('marks items read, some or all, only one’s own', async () => {
    const { people, as, inbox, comment } = await team();
    for (const word of ['one', 'two', 'three']) await comment('eve', `${word} <@${people.cam.id}>`);
    await comment('eve', `for <@${people.olu.id}>`);
    const [newest, middle] = (await inbox('cam')).items;
    const oluItem = (await inbox('olu')).items[0];

    expect(
      (await as('cam', 'POST', '/api/inbox/read', { ids: [middle?.id, oluItem?.id] })).status,
    ).toBe(204);
    const after = await inbox('cam');
    expect(after.unread).toBe(2);
    expect(after.items.map((item) => item.read)).toEqual([false, true, false]);
    expect((await inbox('olu')).unread).toBe(1);

    expect((await as('cam', 'POST', '/api/inbox/read', {})).status).toBe(204);
    expect((await inbox('cam')).unread).toBe(0);
    expect((await inbox('cam')).items[0]?.id).toBe(newest?.id);
    expect((await inbox('olu')).unread).toBe(1);

    for (const body of [{ ids: 'all' }, { ids: [7] }, { other: 1 }, '[']) {
      expect((await as('cam', 'POST', '/api/inbox/read', body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
  });

  it('follows edits and deletions of the comments it points at', async () => {
    const { people, boardId, as, inbox, comment } = await team();
    const threadId = await comment('cam', `Hi <@${people.olu.id}>`);
    await as('cam', 'PATCH', `/api/boards/${boardId}/comments/${threadId}`, {
      body: `Hi <@${people.olu.id}> and <@${people.eve.id}>`,
    });
    expect((await inbox('olu')).items.map((item) => item.excerpt)).toEqual([
      'Hi @Olu Other and @Eve Editor',
    ]);
    expect((await inbox('eve')).items).toEqual([
      expect.objectContaining({ kind: 'mention', commentId: threadId }),
    ]);
    expect((await as('cam', 'DELETE', `/api/boards/${boardId}/comments/${threadId}`)).status).toBe(
      204,
    );
    expect(await inbox('olu')).toEqual({ unread: 0, items: [] });
    expect(await inbox('eve')).toEqual({ unread: 0, items: [] });
  });

  it('keeps at most 100 items, newest first, with the full unread count', async () => {
    const { people, inbox, comment } = await team();
    const threadId = await comment('cam', 'Start');
    for (let i = 0; i < 105; i++) await comment('olu', `Reply ${i}`, threadId);
    const cam = await inbox('cam');
    expect(cam.unread).toBe(105);
    expect(cam.items).toHaveLength(100);
    expect(cam.items[0]?.excerpt).toBe('Reply 104');
    expect(cam.items[0]?.by.id).toBe(people.olu.id);
  });
});

describe('follows and since your last visit', () => {
  it('counts other people’s socket and REST edits and comments since the last visit', async () => {
    const { server, people, boardId, as, changes, comment } = await team();
    // Eve made the board, so she follows it; what she did herself is not news to her.
    expect((await as('eve', 'POST', `/api/boards/${boardId}/visit`)).status).toBe(204);
    const visitedAt = Date.now();
    await as('eve', 'POST', `/api/boards/${boardId}/items`, { title: 'Eve’s own' });
    expect(await changes('eve')).toEqual([]);

    const ada = await connectAs(server, boardId, people.ada);
    for (const title of ['One', 'Two', 'Three']) {
      addItem(ada.doc, { title }, asUser(people.ada.id));
      await ada.acknowledged();
    }
    await comment('cam', 'Nice');
    await comment('olu', 'Agreed');
    const olu = await makePerson(server, 'editor', 'Rest Rita');
    await callAs(server, olu, 'POST', `/api/boards/${boardId}/items`, { title: 'Via REST' });

    const [board, ...others] = await changes('eve');
    expect(others).toEqual([]);
    expect(board).toMatchObject({
      boardId,
      title: 'Q3 roadmap',
      kind: 'roadmap',
      edits: 4,
      comments: 2,
    });
    expect(board?.lastVisitAt).toBeLessThanOrEqual(visitedAt);
    expect(board?.lastChangeAt).toBeGreaterThanOrEqual(board?.lastVisitAt ?? Infinity);
    expect(board?.people.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: people.ada.id, name: 'Ada Admin' },
      { id: people.cam.id, name: 'Cam Commenter' },
      { id: people.olu.id, name: 'Olu Other' },
      { id: olu.id, name: 'Rest Rita' },
    ]);

    // Ada sees Eve's edit and the comments, but not her own edits.
    const forAda = await changes('ada');
    expect(forAda).toEqual([]); // Ada does not follow the board: she only edited it.
    expect((await as('ada', 'PUT', `/api/boards/${boardId}/follow`)).status).toBe(204);
    expect(await changes('ada')).toEqual([]); // a follow starts from now

    expect((await as('eve', 'POST', `/api/boards/${boardId}/visit`)).status).toBe(204);
    expect(await changes('eve')).toEqual([]);
    addItem(ada.doc, { title: 'Four' }, asUser(people.ada.id));
    await ada.acknowledged();
    expect(await changes('eve')).toEqual([
      expect.objectContaining({
        edits: 1,
        comments: 0,
        people: [{ id: people.ada.id, name: 'Ada Admin' }],
      }),
    ]);
  });

  it('follows on creating, commenting and being mentioned, and stops on request', async () => {
    const { server, people, boardId, as, changes, comment } = await team();
    const other = await createRoadmap(server, people.ada, 'Other roadmap');
    // Cam comments (follows), mentioning Olu (follows); Vic is not involved.
    await comment('cam', `Look, <@${people.olu.id}>`);
    await as('ada', 'POST', `/api/boards/${boardId}/items`, { title: 'News' });
    await as('eve', 'POST', `/api/boards/${other}/items`, { title: 'News elsewhere' });
    expect((await changes('cam')).map((board) => [board.boardId, board.edits])).toEqual([
      [boardId, 1],
    ]);
    expect((await changes('olu')).map((board) => [board.boardId, board.comments])).toEqual([
      [boardId, 1],
    ]);
    expect(await changes('vic')).toEqual([]);
    expect((await changes('ada')).map((board) => board.boardId)).toEqual([other]);

    expect((await as('olu', 'DELETE', `/api/boards/${boardId}/follow`)).status).toBe(204);
    expect(await changes('olu')).toEqual([]);
    // Being mentioned again does not undo the unfollow; following again does.
    await comment('cam', `Again, <@${people.olu.id}>`);
    expect(await changes('olu')).toEqual([]);
    expect((await as('olu', 'PUT', `/api/boards/${boardId}/follow`)).status).toBe(204);
    expect((await changes('olu')).map((board) => board.comments)).toEqual([2]);

    // A viewer may follow and visit too.
    expect((await as('vic', 'PUT', `/api/boards/${boardId}/follow`)).status).toBe(204);
    expect((await as('vic', 'POST', `/api/boards/${boardId}/visit`)).status).toBe(204);
    for (const [method, path] of [
      ['PUT', '/follow'],
      ['DELETE', '/follow'],
      ['POST', '/visit'],
    ] as const) {
      expect((await as('vic', method, `/api/boards/NoSuchBoard12345${path}`)).status).toBe(404);
    }
  });
});
