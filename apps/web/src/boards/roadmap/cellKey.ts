/**
 * Drag-and-drop ids of cells. JSON keeps lane and horizon ids apart whatever characters they hold,
 * and the prefix keeps cell ids from ever equalling an item id (ids are base-62).
 */
const PREFIX = 'cell:';

/** The id of the (lane, horizon) cell, for dnd-kit and for lookups. */
export function cellKey(lane: string, horizon: string): string {
  return PREFIX + JSON.stringify([lane, horizon]);
}

/** The lane and horizon of a cell id, or null when `key` is not one. */
export function parseCellKey(key: string): { lane: string; horizon: string } | null {
  if (!key.startsWith(PREFIX)) return null;
  try {
    const value: unknown = JSON.parse(key.slice(PREFIX.length));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [lane, horizon] = value as unknown[];
    return typeof lane === 'string' && typeof horizon === 'string' ? { lane, horizon } : null;
  } catch {
    return null;
  }
}
