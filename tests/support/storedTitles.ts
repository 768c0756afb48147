import { api } from './api.js';

/**
 * The titles of a board's entries as the server at `baseUrl` holds them (GET /api/boards/:id,
 * which loads the board from storage when no one has it open). Fails on any answer but 200.
 */
export async function storedTitles(
  baseUrl: string,
  token: string,
  boardId: string,
): Promise<string[]> {
  const board = await api<{ items: { title: string }[] }>(
    baseUrl,
    token,
    'GET',
    `/api/boards/${boardId}`,
  );
  if (board.status !== 200) {
    throw new Error(`GET /api/boards/${boardId} answered ${board.status}.`);
  }
  return board.body.items.map((item) => item.title);
}
