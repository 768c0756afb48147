import { LIMITS } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';

/** What the model does with a title: trimmed, refused when empty or too long. */
function expectedTitle(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || [...trimmed].length > LIMITS.titleLength) return null;
  return trimmed;
}

describe('hostile and unusual text over REST', () => {
  it('stores every naughty string exactly (or refuses it with a 400), never a 500', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const board = await api<{ id: string }>(server.url, editor, 'POST', '/api/boards', {
      title: 'Naughty',
      kind: 'roadmap',
    });
    const stored = new Map<string, string>();
    for (const raw of naughtyStrings()) {
      const response = await api<{
        id: string;
        title: string;
        description: string;
        error?: string;
      }>(server.url, editor, 'POST', `/api/boards/${board.body.id}/items`, {
        title: raw,
        description: raw,
      });
      const title = expectedTitle(raw);
      if (title === null) {
        expect(response.status, JSON.stringify(raw)).toBe(400);
        expect(response.body.error).toMatch(/Title/);
        continue;
      }
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body.title).toBe(title);
      expect(response.body.description).toBe(raw.trim());
      stored.set(response.body.id, title);
    }
    const read = await api<{ items: { id: string; title: string }[] }>(
      server.url,
      editor,
      'GET',
      `/api/boards/${board.body.id}`,
    );
    expect(new Map(read.body.items.map((item) => [item.id, item.title]))).toEqual(stored);
  });

  it('accepts naughty board titles and lists them unchanged', async () => {
    const server = await useTestServer();
    const editor = server.token('editor');
    const titles = naughtyStrings()
      .filter((raw) => expectedTitle(raw) !== null)
      .slice(0, 150);
    for (const raw of titles) {
      const response = await api<{ title: string }>(server.url, editor, 'POST', '/api/boards', {
        title: raw,
        kind: 'roadmap',
      });
      expect(response.status, JSON.stringify(raw)).toBe(201);
      expect(response.body.title).toBe(expectedTitle(raw));
    }
    const list = await api<{ title: string }[]>(server.url, editor, 'GET', '/api/boards');
    expect(list.body.map((board) => board.title).sort()).toEqual(
      titles.map((raw) => expectedTitle(raw)).sort(),
    );
  });
});
