/** The API path of board `boardId`; the others under it append to it. */
export const boardApiPath = (boardId: string): string =>
  `/api/boards/${encodeURIComponent(boardId)}`;

/** A `parse` for answers whose body the caller does not need (204, or what it already knows). */
export const ignoreBody = (): void => undefined;
