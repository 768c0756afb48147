import type { TestServer } from '@cairn/server/testing';
import { api } from './api.js';

/** Makes a board of `kind` through `POST /api/boards` as the server's admin; returns its id. */
export async function createBoard(
  server: TestServer,
  kind: string,
  title: string,
): Promise<string> {
  const board = await api<{ id: string }>(
    server.url,
    server.token('admin'),
    'POST',
    '/api/boards',
    {
      title,
      kind,
    },
  );
  return board.body.id;
}
