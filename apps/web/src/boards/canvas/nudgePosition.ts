import { CANVAS_LIMITS, type NotePosition } from '@cairn/model';

/** How far an arrow key moves a note, in canvas pixels; with Shift, the long step. */
export const NUDGE_STEP = 10;
export const NUDGE_LONG_STEP = 50;

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** `value` rounded to a whole pixel and kept within the canvas bounds the model enforces. */
export function clampCoordinate(value: number): number {
  const { minCoordinate, maxCoordinate } = CANVAS_LIMITS;
  return Math.min(maxCoordinate, Math.max(minCoordinate, Math.round(value)));
}

/** `position` moved by (dx, dy) and clamped into the canvas. */
export function offsetPosition(position: NotePosition, dx: number, dy: number): NotePosition {
  return { x: clampCoordinate(position.x + dx), y: clampCoordinate(position.y + dy) };
}

/** Where an arrow key moves a note, or null when `key` is not an arrow key. */
export function nudgePosition(
  position: NotePosition,
  key: string,
  long: boolean,
): NotePosition | null {
  const direction = DIRECTIONS[key];
  if (!direction) return null;
  const step = long ? NUDGE_LONG_STEP : NUDGE_STEP;
  return offsetPosition(position, direction[0] * step, direction[1] * step);
}
