import { CANVAS_RECORDS } from '@cairn/canvas';
import { CANVAS_LIMITS, LIMITS } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';

interface Note {
  id: string;
  title: string;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CanvasBoard {
  id: string;
  title: string;
  kind: string;
  items: Note[];
}

/** A server, an editor token and a new canvas board on it. */
async function canvasBoard(title = 'Discovery workshop') {
  const server = await useTestServer();
  const editor = server.token('editor');
  const created = await api<{ id: string; kind: string; title: string }>(
    server.url,
    editor,
    'POST',
    '/api/boards',
    { kind: 'canvas', title },
  );
  expect(created.status).toBe(201);
  const call = <T>(method: string, path: string, body?: unknown) =>
    api<T>(server.url, editor, method, `/api/boards/${created.body.id}${path}`, body);
  return { server, editor, board: created.body, call };
}

describe('canvas boards over REST', () => {
  it('creates a canvas, and adds, edits, moves and deletes notes', async () => {
    const { server, editor, board, call } = await canvasBoard('  Discovery workshop ');
    expect(board).toMatchObject({ kind: 'canvas', title: 'Discovery workshop' });

    const first = await call<Note>('POST', '/items', { title: ' Slow onboarding ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      title: 'Slow onboarding',
      color: 'yellow',
      x: 0,
      y: 0,
      width: 200,
      height: 200,
    });
    const second = await call<Note>('POST', '/items', {
      title: 'Pricing page',
      color: 'blue',
      x: 420,
      y: 96.5,
    });
    expect(second.body).toMatchObject({ color: 'blue', x: 420, y: 96.5 });

    const edited = await call<Note>('PATCH', `/items/${first.body.id}`, {
      title: 'Onboarding takes a week',
      color: 'red',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Onboarding takes a week', color: 'red', x: 0 });

    const moved = await call<Note>('PATCH', `/items/${first.body.id}`, { y: 300 });
    expect(moved.body).toMatchObject({ x: 0, y: 300, title: 'Onboarding takes a week' });
    const movedBoth = await call<Note>('PATCH', `/items/${second.body.id}`, {
      x: CANVAS_LIMITS.maxCoordinate,
      y: CANVAS_LIMITS.minCoordinate,
    });
    expect(movedBoth.body).toMatchObject({ x: CANVAS_LIMITS.maxCoordinate, y: 0 });

    expect((await call('DELETE', `/items/${second.body.id}`)).status).toBe(204);
    const read = await call<CanvasBoard>('GET', '');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: board.id, kind: 'canvas', title: 'Discovery workshop' });
    expect(read.body.items).toEqual([expect.objectContaining({ id: first.body.id, y: 300 })]);

    const list = await api<{ id: string; kind: string }[]>(
      server.url,
      editor,
      'GET',
      '/api/boards',
    );
    expect(list.body).toEqual([expect.objectContaining({ id: board.id, kind: 'canvas' })]);
  });

  it('answers 400 with the reason for every kind of bad board body', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const cases: [unknown, RegExp][] = [
      [{ kind: 'canvas' }, /title/],
      [{ kind: 'canvas', title: '' }, /Title/],
      [{ kind: 'canvas', title: ' \n ' }, /Title/],
      [{ kind: 'canvas', title: 'x'.repeat(LIMITS.titleLength + 1) }, /Title/],
      [{ kind: 'canvas', title: 7 }, /title/],
      [{ kind: 'canvas', title: 'Board', lanes: ['A'] }, /lanes/],
      [{ kind: 'canvases', title: 'Board' }, /kind/],
      ['{"kind": "canvas", "title": ', /JSON/],
    ];
    for (const [body, reason] of cases) {
      const response = await api<{ error: string }>(
        server.url,
        editor,
        'POST',
        '/api/boards',
        body,
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const list = await api<unknown[]>(server.url, editor, 'GET', '/api/boards');
    expect(list.body).toEqual([]);
  });

  it('answers 400 with the reason for every kind of bad note, and writes nothing', async () => {
    const { call } = await canvasBoard();
    const note = await call<Note>('POST', '/items', { title: 'Keep me', x: 10, y: 20 });
    const max = CANVAS_LIMITS.maxCoordinate;
    const badFields: [Record<string, unknown>, RegExp][] = [
      [{ title: '' }, /Text/],
      [{ title: '   ' }, /Text/],
      [{ title: 'x'.repeat(CANVAS_LIMITS.noteTextLength + 1) }, /Text/],
      [{ title: 42 }, /title/],
      [{ title: null }, /title/],
      [{ color: 'pink' }, /color/],
      [{ color: 3 }, /color/],
      [{ x: -1 }, /x/],
      [{ x: max + 1 }, /x/],
      [{ y: '10' }, /y/],
      [{ y: null }, /y/],
      [{ x: 'NaN' }, /x/],
      [{ width: 300 }, /width/],
      [{ rotation: 10 }, /rotation/],
    ];
    for (const [fields, reason] of badFields) {
      const created = await call<{ error: string }>('POST', '/items', { title: 'New', ...fields });
      expect(created.status, `POST ${JSON.stringify(fields)}`).toBe(400);
      expect(created.body.error, `POST ${JSON.stringify(fields)}`).toMatch(reason);
      const patched = await call<{ error: string }>('PATCH', `/items/${note.body.id}`, {
        color: 'green',
        ...fields,
      });
      expect(patched.status, `PATCH ${JSON.stringify(fields)}`).toBe(400);
      expect(patched.body.error, `PATCH ${JSON.stringify(fields)}`).toMatch(reason);
    }
    for (const body of ['not json', '[]', 'null', '{"title": "a",}']) {
      const created = await call<{ error: string }>('POST', '/items', body);
      expect(created.status, body).toBe(400);
      expect(created.body.error).toEqual(expect.any(String));
    }
    const empty = await call<{ error: string }>('PATCH', `/items/${note.body.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/at least one field/);
    expect((await call<CanvasBoard>('GET', '')).body.items).toEqual([
      expect.objectContaining({ title: 'Keep me', color: 'yellow', x: 10, y: 20 }),
    ]);
  });

  it('answers 404 for unknown notes and boards', async () => {
    const { server, editor, call } = await canvasBoard();
    expect((await call('PATCH', '/items/NoSuchNote000000', { x: 1 })).status).toBe(404);
    expect((await call('DELETE', '/items/NoSuchNote000000')).status).toBe(404);
    const missing = await api(server.url, editor, 'POST', '/api/boards/NoSuchBoard00000/items', {
      title: 'a',
    });
    expect(missing.status).toBe(404);
  });

  it('stores every naughty string as note text exactly (or refuses it with a 400)', async () => {
    const { call } = await canvasBoard();
    const stored = new Map<string, string>();
    for (const raw of naughtyStrings()) {
      const response = await call<Note & { error?: string }>('POST', '/items', { title: raw });
      const trimmed = raw.trim();
      if (trimmed === '' || [...trimmed].length > CANVAS_LIMITS.noteTextLength) {
        expect(response.status, JSON.stringify(raw)).toBe(400);
        expect(response.body.error).toMatch(/Text/);
        continue;
      }
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body.title).toBe(trimmed);
      stored.set(response.body.id, trimmed);
    }
    const read = await call<CanvasBoard>('GET', '');
    expect(new Map(read.body.items.map((note) => [note.id, note.title]))).toEqual(stored);
  });
});

describe('a canvas board whiteboard over REST', () => {
  it('lists the whiteboard shapes people drew, with their text, beside the notes', async () => {
    const { server, editor, board, call } = await canvasBoard();
    const client = connectProvider(server.wsUrl, board.id, editor);
    await client.synced();
    const text = naughtyStrings().find((value) => value.includes('<script')) ?? '<script>';
    // What the tldraw binding stores: `{key, val}` entries in the `tldraw` array.
    client.doc.getArray(CANVAS_RECORDS).push([
      {
        key: 'shape:idea',
        val: {
          id: 'shape:idea',
          typeName: 'shape',
          type: 'note',
          parentId: 'page:page',
          x: 120,
          y: -40,
          props: {
            richText: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
            },
          },
        },
      },
    ]);
    await client.acknowledged();

    const read = await call<CanvasBoard & { shapes: unknown[] }>('GET', '');
    expect(read.status).toBe(200);
    expect(read.body.shapes).toEqual([
      { id: 'shape:idea', type: 'note', parentId: 'page:page', x: 120, y: -40, text },
    ]);
    client.destroy();
  });
});
