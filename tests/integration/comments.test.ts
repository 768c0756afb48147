import type { TestServer } from '@cairn/server/testing';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import {
  callAs,
  connectAs,
  makePerson,
  recordStateless,
  type TestPerson,
} from '../support/commentPeople.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';
import { waitFor } from '../support/waitFor.js';

interface PersonRef {
  id: string;
  name: string;
}

interface CommentJson {
  id: string;
  author: PersonRef;
  body: string;
  mentions: string[];
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  reactions: { emoji: string; people: PersonRef[] }[];
}

interface ThreadJson {
  id: string;
  boardId: string;
  anchor: { type: 'item' | 'shape'; id: string } | null;
  resolved: boolean;
  resolvedBy: PersonRef | null;
  resolvedAt: number | null;
  createdAt: number;
  comments: CommentJson[];
}

/** A server, one person of each role plus a second commenter, and a roadmap made by the editor. */
async function review(kind = 'roadmap') {
  const server = await useTestServer();
  const people = {
    viewer: await makePerson(server, 'viewer', 'Vic Viewer'),
    commenter: await makePerson(server, 'commenter', 'Cam Commenter'),
    other: await makePerson(server, 'commenter', 'Olu Other'),
    editor: await makePerson(server, 'editor', 'Eve Editor'),
    admin: await makePerson(server, 'admin', 'Ada Admin'),
  };
  const boardId = await createBoard(server, people.editor, kind);
  type Who = keyof typeof people;
  const call = <T = { error: string }>(who: Who, method: string, path: string, body?: unknown) =>
    callAs<T>(server, people[who], method, `/api/boards/${boardId}${path}`, body);
  const threads = async (who: Who = 'viewer') => {
    const response = await call<{ threads: ThreadJson[] }>(who, 'GET', '/comments');
    expect(response.status).toBe(200);
    return response.body.threads;
  };
  /** Starts a thread and answers its id. */
  const start = async (who: Who, body: string, anchor?: unknown) => {
    const response = await call<{ id: string }>(who, 'POST', '/comments', { body, anchor });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.id;
  };
  const reply = async (who: Who, threadId: string, body: string) => {
    const response = await call<{ id: string }>(who, 'POST', `/comments/${threadId}/replies`, {
      body,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.id;
  };
  return { server, people, boardId, call, threads, start, reply };
}

async function createBoard(server: TestServer, who: TestPerson, kind: string): Promise<string> {
  const created = await callAs<{ id: string }>(server, who, 'POST', '/api/boards', {
    kind,
    title: `A ${kind}`,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('comment threads over REST', () => {
  it('starts threads and replies, and lists them oldest first in the documented shape', async () => {
    const { people, boardId, threads, start, reply } = await review();
    const before = Date.now();
    const first = await start('commenter', '  Can we move this to Next?  ');
    const second = await start('editor', 'Looks good');
    const answer = await reply('other', first, 'Agreed 🚀');
    const after = Date.now();

    const listed = await threads();
    expect(listed.map((thread) => thread.id)).toEqual([first, second]);
    expect(listed[0]).toEqual({
      id: first,
      boardId,
      anchor: null,
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: expect.any(Number) as number,
      comments: [
        {
          id: first,
          author: { id: people.commenter.id, name: 'Cam Commenter' },
          body: 'Can we move this to Next?',
          mentions: [],
          createdAt: listed[0]?.createdAt,
          editedAt: null,
          deleted: false,
          reactions: [],
        },
        {
          id: answer,
          author: { id: people.other.id, name: 'Olu Other' },
          body: 'Agreed 🚀',
          mentions: [],
          createdAt: expect.any(Number) as number,
          editedAt: null,
          deleted: false,
          reactions: [],
        },
      ],
    });
    expect(listed[0]?.createdAt).toBeGreaterThanOrEqual(before);
    expect(listed[0]?.comments[1]?.createdAt).toBeLessThanOrEqual(after);
    expect(first).toMatch(/^c_/);
  });

  it('hangs threads on every kind of anchor, and refuses anchors that do not exist', async () => {
    const server = await useTestServer();
    const editor = await makePerson(server, 'editor', 'Eve Editor');
    const cases: [kind: string, path: string, body: object][] = [
      ['roadmap', '/items', { title: 'Offline mode' }],
      ['roadmap', '/releases', { name: 'v2', date: '2026-12-01' }],
      ['personas', '/items', { title: 'Priya, team lead' }],
      ['launch', '/items', { title: 'Write the press release' }],
      ['strategy', '/items', { type: 'goal', title: 'Win mid-size teams' }],
      ['canvas', '/items', { title: 'A sticky note' }],
    ];
    for (const [kind, path, body] of cases) {
      const boardId = await createBoard(server, editor, kind);
      const board = `/api/boards/${boardId}`;
      const entry = await callAs<{ id: string }>(server, editor, 'POST', board + path, body);
      expect(entry.status, `${kind}${path}`).toBe(201);
      const anchor = { type: 'item', id: entry.body.id };
      const made = await callAs<{ id: string }>(server, editor, 'POST', `${board}/comments`, {
        body: `On a ${kind} entry`,
        anchor,
      });
      expect(made.status, `${kind}${path}`).toBe(201);
      const onBoard = await callAs<{ id: string }>(server, editor, 'POST', `${board}/comments`, {
        body: 'On the whole board',
        anchor: null,
      });
      expect(onBoard.status).toBe(201);
      const listed = await callAs<{ threads: ThreadJson[] }>(
        server,
        editor,
        'GET',
        `${board}/comments`,
      );
      expect(listed.body.threads.map((thread) => thread.anchor)).toEqual([anchor, null]);
      for (const missing of [
        { type: 'item', id: 'no-such-item' },
        { type: 'shape', id: 'shape:nowhere' },
      ]) {
        const refused = await callAs(server, editor, 'POST', `${board}/comments`, {
          body: 'Nope',
          anchor: missing,
        });
        expect(refused.status, `${kind} ${missing.type}`).toBe(400);
        expect(refused.body.error).toMatch(/^anchor: no (item|shape)/);
      }
    }
  });

  it('hangs threads on canvas shapes, and keeps them when the anchor is deleted', async () => {
    const { server, people, boardId, call, threads, start } = await review('canvas');
    const eve = await connectAs(server, boardId, people.editor);
    eve.doc.transact(() =>
      eve.doc.getArray('tldraw').push([
        {
          key: 'shape:idea',
          val: {
            typeName: 'shape',
            id: 'shape:idea',
            type: 'note',
            parentId: 'page:page',
            x: 0,
            y: 0,
            props: {},
          },
        },
      ]),
    );
    await eve.acknowledged();
    const shapeThread = await start('commenter', 'Love this idea', {
      type: 'shape',
      id: 'shape:idea',
    });
    const note = await call<{ id: string }>('editor', 'POST', '/items', { title: 'Note' });
    const noteThread = await start('commenter', 'And this note', {
      type: 'item',
      id: note.body.id,
    });
    expect((await call('editor', 'DELETE', `/items/${note.body.id}`)).status).toBe(204);
    eve.doc.getArray('tldraw').delete(0, 1);
    await eve.acknowledged();
    expect((await threads()).map((thread) => [thread.id, thread.anchor])).toEqual([
      [shapeThread, { type: 'shape', id: 'shape:idea' }],
      [noteThread, { type: 'item', id: note.body.id }],
    ]);
    // A new thread needs its anchor to exist now.
    expect(
      (
        await call('commenter', 'POST', '/comments', {
          body: 'x',
          anchor: { type: 'shape', id: 'shape:idea' },
        })
      ).status,
    ).toBe(400);
  });

  it('refuses malformed bodies with the reason', async () => {
    const { call, start } = await review();
    const threadId = await start('commenter', 'Hello');
    const cases: [method: string, path: string, body: unknown, error: RegExp][] = [
      ['POST', '/comments', {}, /body/],
      ['POST', '/comments', { body: '' }, /must not be empty/],
      ['POST', '/comments', { body: ' \n\t ' }, /must not be empty/],
      ['POST', '/comments', { body: 'x'.repeat(5_001) }, /at most 5000/],
      ['POST', '/comments', { body: '👍'.repeat(5_001) }, /at most 5000/],
      ['POST', '/comments', { body: 7 }, /body/],
      ['POST', '/comments', { body: 'a', extra: 1 }, /extra/],
      ['POST', '/comments', { body: 'a', anchor: { type: 'lane', id: 'x' } }, /anchor/],
      ['POST', '/comments', { body: 'a', anchor: { type: 'item' } }, /anchor/],
      ['POST', '/comments', { body: 'a', anchor: { type: 'item', id: '' } }, /anchor/],
      ['POST', '/comments', { body: '\ud800 lone' }, /valid Unicode/],
      ['POST', '/comments', '{"body": ', /not valid JSON/],
      ['POST', '/comments', ['a'], /body/],
      ['POST', `/comments/${threadId}/replies`, { body: '' }, /must not be empty/],
      ['POST', `/comments/${threadId}/replies`, { body: 'a', anchor: null }, /anchor/],
      ['PATCH', `/comments/${threadId}`, {}, /Give body, resolved or both/],
      ['PATCH', `/comments/${threadId}`, { resolved: 'yes' }, /resolved/],
      ['PATCH', `/comments/${threadId}`, { body: '   ' }, /must not be empty/],
      [
        'PUT',
        `/comments/${threadId}/reactions/${encodeURIComponent('🤡')}`,
        undefined,
        /Reactions are/,
      ],
      ['PUT', `/comments/${threadId}/reactions/like`, undefined, /Reactions are/],
    ];
    for (const [method, path, body, error] of cases) {
      const response = await call('commenter', method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.error).toMatch(error);
    }
    // 5,000 characters (code points) is fine, however many UTF-16 units they take.
    const longest = '😄'.repeat(5_000);
    const made = await call<{ id: string }>('commenter', 'POST', '/comments', { body: longest });
    expect(made.status).toBe(201);
  });

  it('answers 404 for unknown boards, threads and comments', async () => {
    const { call, start, server, people } = await review();
    const threadId = await start('commenter', 'Hello');
    const unknownBoard = await callAs(
      server,
      people.admin,
      'GET',
      '/api/boards/NoSuchBoard12345/comments',
    );
    expect(unknownBoard.status).toBe(404);
    const postUnknownBoard = await callAs(
      server,
      people.admin,
      'POST',
      '/api/boards/NoSuchBoard12345/comments',
      { body: 'x' },
    );
    expect(postUnknownBoard.status).toBe(404);
    const cases: [method: string, path: string, body?: unknown][] = [
      ['POST', '/comments/c_nothing/replies', { body: 'x' }],
      ['PATCH', '/comments/c_nothing', { body: 'x' }],
      ['DELETE', '/comments/c_nothing'],
      ['PUT', `/comments/c_nothing/reactions/${encodeURIComponent('👍')}`],
      ['DELETE', `/comments/c_nothing/reactions/${encodeURIComponent('👍')}`],
    ];
    for (const [method, path, body] of cases) {
      expect((await call('admin', method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    // A thread of one board is not found through another.
    const elsewhere = await createBoard(server, people.editor, 'roadmap');
    const crossed = await callAs(
      server,
      people.admin,
      'POST',
      `/api/boards/${elsewhere}/comments/${threadId}/replies`,
      { body: 'x' },
    );
    expect(crossed.status).toBe(404);
    expect(
      (
        await callAs(
          server,
          people.admin,
          'DELETE',
          `/api/boards/${elsewhere}/comments/${threadId}`,
        )
      ).status,
    ).toBe(404);
  });
});

describe('who may do what with comments', () => {
  it('lets viewers read but never write', async () => {
    const { call, threads, start } = await review();
    const threadId = await start('commenter', 'Hello');
    const like = `/comments/${threadId}/reactions/${encodeURIComponent('👍')}`;
    const writes: [string, string, unknown?][] = [
      ['POST', '/comments', { body: 'x' }],
      ['POST', `/comments/${threadId}/replies`, { body: 'x' }],
      ['PATCH', `/comments/${threadId}`, { resolved: true }],
      ['DELETE', `/comments/${threadId}`],
      ['PUT', like],
      ['DELETE', like],
    ];
    for (const [method, path, body] of writes) {
      const response = await call('viewer', method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error).toMatch(/commenter/);
    }
    expect((await threads('viewer')).map((thread) => thread.comments.length)).toEqual([1]);
  });

  it('lets only the author edit a body; an editor or the thread’s author resolve', async () => {
    const { people, call, threads, start, reply } = await review();
    const threadId = await start('commenter', 'First');
    const replyId = await reply('other', threadId, 'Second');
    for (const who of ['other', 'editor', 'admin'] as const) {
      const response = await call(who, 'PATCH', `/comments/${threadId}`, { body: 'Hijacked' });
      expect(response.status, who).toBe(403);
      expect(response.body.error).toMatch(/author/);
    }
    // A body edit and a resolve together are refused whole when one part is not allowed.
    const mixed = await call('other', 'PATCH', `/comments/${replyId}`, {
      body: 'Mine',
      resolved: true,
    });
    expect(mixed.status).toBe(403);
    expect((await threads())[0]?.comments[1]?.body).toBe('Second');

    const edited = await call<ThreadJson>('commenter', 'PATCH', `/comments/${threadId}`, {
      body: ' Edited ',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.comments[0]).toMatchObject({
      body: 'Edited',
      editedAt: expect.any(Number) as number,
    });

    const resolved = await call<ThreadJson>('commenter', 'PATCH', `/comments/${replyId}`, {
      resolved: true,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      resolved: true,
      resolvedBy: { id: people.commenter.id, name: people.commenter.name },
      resolvedAt: expect.any(Number) as number,
    });
    const reopen = await call<ThreadJson>('other', 'PATCH', `/comments/${replyId}`, {
      resolved: false,
    });
    expect(reopen.status).toBe(403);
    const reopened = await call<ThreadJson>('editor', 'PATCH', `/comments/${threadId}`, {
      resolved: false,
    });
    expect(reopened.body).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    const byEditor = await call<ThreadJson>('editor', 'PATCH', `/comments/${threadId}`, {
      resolved: true,
    });
    expect(byEditor.body.resolvedBy).toEqual({ id: people.editor.id, name: people.editor.name });
    // Resolved threads are still listed.
    expect((await threads()).map((thread) => thread.resolved)).toEqual([true]);
  });

  it('lets the author or a board admin delete, keeping deleted comments while replies follow', async () => {
    const { call, threads, start, reply } = await review();
    const threadId = await start('commenter', 'First <@nobody>');
    const second = await reply('other', threadId, 'Second');
    const third = await reply('commenter', threadId, 'Third');
    await call('other', 'PUT', `/comments/${threadId}/reactions/${encodeURIComponent('👍')}`);

    for (const who of ['other', 'editor'] as const) {
      expect((await call(who, 'DELETE', `/comments/${threadId}`)).status, who).toBe(403);
    }
    expect((await call('commenter', 'DELETE', `/comments/${threadId}`)).status).toBe(204);
    const afterFirst = (await threads())[0];
    expect(afterFirst?.id).toBe(threadId);
    expect(afterFirst?.comments[0]).toMatchObject({
      id: threadId,
      body: '',
      deleted: true,
      mentions: [],
      reactions: [],
    });
    // A deleted comment can no longer be edited, reacted to or deleted.
    expect(
      (await call('commenter', 'PATCH', `/comments/${threadId}`, { body: 'back' })).status,
    ).toBe(404);
    expect((await call('commenter', 'DELETE', `/comments/${threadId}`)).status).toBe(404);

    expect((await call('admin', 'DELETE', `/comments/${third}`)).status).toBe(204);
    expect((await threads())[0]?.comments.map((comment) => comment.id)).toEqual([threadId, second]);
    expect((await call('other', 'DELETE', `/comments/${second}`)).status).toBe(204);
    expect(await threads()).toEqual([]);
  });

  it('records mentions only of people who can read the board', async () => {
    const { server, people, call, threads, start } = await review();
    const gone = await makePerson(server, 'editor', 'Gone Gus');
    const tokens = await api<{ id: string; name: string }[]>(
      server.url,
      people.admin.token,
      'GET',
      '/api/tokens',
    );
    const gusToken = tokens.body.find((token) => token.name === 'Gone Gus');
    expect(
      (await api(server.url, people.admin.token, 'DELETE', `/api/tokens/${gusToken?.id}`)).status,
    ).toBe(204);

    const body = `<@${people.other.id}> <@${people.viewer.id}> <@${gone.id}> <@u_unknown> <@${people.other.id}>`;
    const threadId = await start('commenter', body);
    expect((await threads())[0]?.comments[0]).toMatchObject({
      body,
      mentions: [people.other.id, people.viewer.id],
    });
    const edited = await call<ThreadJson>('commenter', 'PATCH', `/comments/${threadId}`, {
      body: `Only <@${people.editor.id}> now`,
    });
    expect(edited.body.comments[0]?.mentions).toEqual([people.editor.id]);
  });

  it('adds and removes reactions, once per person and emoji', async () => {
    const { people, call, start } = await review();
    const threadId = await start('editor', 'React to me');
    const path = (emoji: string) => `/comments/${threadId}/reactions/${encodeURIComponent(emoji)}`;
    expect((await call('commenter', 'PUT', path('🚀'))).status).toBe(200);
    await call('commenter', 'PUT', path('👍'));
    await call('commenter', 'PUT', path('👍'));
    const both = await call<ThreadJson>('other', 'PUT', path('👍'));
    expect(both.status).toBe(200);
    const cam = { id: people.commenter.id, name: people.commenter.name };
    const olu = { id: people.other.id, name: people.other.name };
    expect(both.body.comments[0]?.reactions).toEqual([
      { emoji: '👍', people: [cam, olu] },
      { emoji: '🚀', people: [cam] },
    ]);
    const heart = await call<ThreadJson>('other', 'PUT', path('❤️'));
    expect(heart.body.comments[0]?.reactions.map((reaction) => reaction.emoji)).toEqual([
      '👍',
      '❤️',
      '🚀',
    ]);
    const removed = await call<ThreadJson>('commenter', 'DELETE', path('👍'));
    expect(removed.status).toBe(200);
    expect(removed.body.comments[0]?.reactions[0]).toEqual({ emoji: '👍', people: [olu] });
    // Taking away a reaction one never gave changes nothing.
    expect(
      (await call<ThreadJson>('editor', 'DELETE', path('👍'))).body.comments[0]?.reactions[0],
    ).toEqual({
      emoji: '👍',
      people: [olu],
    });
  });
});

describe('comments live and safe', () => {
  it('sends every change to the connections on the board', async () => {
    const { server, people, boardId, call, threads, start, reply } = await review();
    const watcher = await connectAs(server, boardId, people.viewer);
    const live = recordStateless(watcher);
    const isThread = (id: string, check: (thread: ThreadJson) => boolean) => (message: unknown) => {
      const thread = (message as { type: string; thread?: ThreadJson }).thread;
      return (
        (message as { type: string }).type === 'comments' && thread?.id === id && check(thread)
      );
    };

    const threadId = await start('commenter', 'Live one');
    const created = await live.next(
      'the new thread',
      isThread(threadId, () => true),
    );
    expect(created).toEqual({ type: 'comments', thread: (await threads())[0] });

    await reply('other', threadId, 'A reply');
    await live.next(
      'the reply',
      isThread(threadId, (thread) => thread.comments.length === 2),
    );
    await call('other', 'PUT', `/comments/${threadId}/reactions/${encodeURIComponent('🎉')}`);
    await live.next(
      'the reaction',
      isThread(threadId, (thread) => thread.comments[0]?.reactions.length === 1),
    );
    await call('editor', 'PATCH', `/comments/${threadId}`, { resolved: true });
    await live.next(
      'the resolve',
      isThread(threadId, (thread) => thread.resolved),
    );
    await call('commenter', 'PATCH', `/comments/${threadId}`, { body: 'Live, edited' });
    await live.next(
      'the edit',
      isThread(threadId, (thread) => thread.comments[0]?.body === 'Live, edited'),
    );

    await call('admin', 'DELETE', `/comments/${threadId}`);
    await live.next(
      'the emptied first comment',
      isThread(threadId, (thread) => thread.comments[0]?.deleted === true),
    );
    const replyId = (await threads())[0]?.comments[1]?.id;
    await call('admin', 'DELETE', `/comments/${replyId}`);
    const deleted = await live.next(
      'the deleted thread',
      (message) => 'deletedThread' in (message as object),
    );
    expect(deleted).toEqual({ type: 'comments', deletedThread: threadId });
    // The payload is JSON text with nothing else in it: every message parsed as an object.
    expect(
      live.received.every((message) => (message as { type: string }).type === 'comments'),
    ).toBe(true);
  });

  it('keeps every naughty string exactly (trimmed), or refuses it with a 400', async () => {
    const { call, threads, start } = await review();
    const threadId = await start('commenter', 'Naughty strings follow');
    const expected: string[] = ['Naughty strings follow'];
    for (const [index, raw] of naughtyStrings().entries()) {
      const response = await call<{ id: string }>(
        'commenter',
        'POST',
        `/comments/${threadId}/replies`,
        { body: raw },
      );
      const trimmed = raw.trim();
      const label = `#${index} ${JSON.stringify(raw)}`;
      if (trimmed.length === 0 || [...trimmed].length > 5_000) {
        expect(response.status, label).toBe(400);
        continue;
      }
      expect(response.status, label).toBe(201);
      expected.push(trimmed);
    }
    const listed = (await threads())[0]?.comments.map((comment) => comment.body);
    expect(listed).toEqual(expected);
    expect(expected.length).toBeGreaterThan(400);
  });

  it('cannot be made or changed through the board document', async () => {
    const { server, people, boardId, threads, start } = await review();
    const threadId = await start('commenter', 'The only comment');
    const before = await threads();
    const cam = await connectAs(server, boardId, people.commenter);
    const eve = await connectAs(server, boardId, people.editor);
    const live = recordStateless(eve);

    // A commenter's crafted update: a forged thread and comment in the document.
    cam.doc.transact(() => {
      cam.doc.getMap('comments').set(threadId, { body: 'Forged', author: people.admin.id });
      cam.doc.getMap('comments').set('c_forged', { body: 'Forged thread' });
      cam.doc.getArray('threads').push([{ id: 'c_forged', body: 'Forged' }]);
    });
    // And a forged live message, as if the server had sent it.
    const forged = { ...before[0], comments: [{ ...before[0]?.comments[0], body: 'Forged' }] };
    cam.provider.sendStateless(JSON.stringify({ type: 'comments', thread: forged }));
    cam.provider.sendStateless(JSON.stringify({ type: 'comments', deletedThread: threadId }));
    // Messages of one socket are handled in order: once the awareness sent after them reaches
    // another person, the server has handled (and dropped) the update and the messages too.
    cam.provider.setAwarenessField('marker', 'after-update');
    await waitFor('the commenter’s awareness', eve.provider.awareness!, 'change', () =>
      [...eve.provider.awareness!.getStates().values()].some(
        (state) => (state as { marker?: string }).marker === 'after-update',
      ),
    );
    expect(eve.doc.share.has('comments')).toBe(false);
    expect(cam.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(live.received).toEqual([]);

    // Even an editor, whose updates do land in the document, makes no comment that way.
    eve.doc.getMap('comments').set('c_editor', { body: 'Not a comment' });
    await eve.acknowledged();
    expect(await threads()).toEqual(before);
  });
});
