/**
 * What a board id (and so a document name) may look like. Anything else is refused before it
 * reaches storage, so a document name can never carry path separators or SQL.
 */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** True when `name` has the shape of a board id. */
export function isBoardId(name: string): boolean {
  return BOARD_ID_PATTERN.test(name);
}
