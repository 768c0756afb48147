import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { useTestServer } from '../support/useTestServer.js';

interface LaunchBoard {
  launchDate: string;
  items: { id: string; title: string; offsetDays: number; dueDate: string; track: string }[];
  tracks: { id: string; name: string }[];
}

describe('launch day, tier and tracks over REST (/api/boards/:id/launch)', () => {
  it('moves every task when launch day moves, and manages tracks', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const created = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      kind: 'launch',
      title: 'Cairn 1.0 launch',
      launchDate: '2027-03-12',
      template: 'empty',
    });
    const id = created.body.id;
    const task = await api<{ id: string }>(server.url, editor, 'POST', `/api/boards/${id}/items`, {
      title: 'Press briefing',
      offsetDays: -14,
    });
    expect(task.status).toBe(201);

    const moved = await api<{ launchDate: string; tier: string }>(
      server.url,
      editor,
      'PATCH',
      `/api/boards/${id}/launch`,
      {
        launchDate: '2027-04-02',
        tier: 'tier-1',
      },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ launchDate: '2027-04-02', tier: 'tier-1' });
    const board = await api<LaunchBoard>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(board.body.items).toEqual([
      expect.objectContaining({ title: 'Press briefing', offsetDays: -14, dueDate: '2027-03-19' }),
    ]);

    for (const [body, reason] of [
      [{ launchDate: '2027-02-30' }, /launchDate|date/i],
      [{ launchDate: 'next week' }, /launchDate|date/i],
      [{ tier: 'tier-9' }, /tier/],
      [{ colour: 'red' }, /colour/],
    ] as const) {
      const refused = await api<{ error: string }>(
        server.url,
        editor,
        'PATCH',
        `/api/boards/${id}/launch`,
        body,
      );
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error).toMatch(reason);
    }

    const track = await api<{ id: string; name: string }>(
      server.url,
      editor,
      'POST',
      `/api/boards/${id}/launch/tracks`,
      {
        name: 'Partners',
      },
    );
    expect(track.status).toBe(201);
    const moveTask = await api(
      server.url,
      editor,
      'PATCH',
      `/api/boards/${id}/items/${task.body.id}`,
      {
        track: track.body.id,
      },
    );
    expect(moveTask.status).toBe(200);
    const removed = await api(
      server.url,
      editor,
      'DELETE',
      `/api/boards/${id}/launch/tracks/${track.body.id}`,
    );
    expect(removed.status).toBe(204);
    const after = await api<LaunchBoard>(server.url, editor, 'GET', `/api/boards/${id}`);
    expect(after.body.tracks.map((entry) => entry.name)).not.toContain('Partners');
    expect(after.body.items.map((item) => item.title)).toEqual(['Press briefing']);
    expect(after.body.tracks.map((entry) => entry.id)).toContain(after.body.items[0]?.track);

    const viewer = server.token('viewer');
    expect(
      (await api(server.url, viewer, 'PATCH', `/api/boards/${id}/launch`, { tier: 'tier-3' }))
        .status,
    ).toBe(403);
  });
});
