import type { Ballot } from '@cairn/model';

/** How many dots `ballot` places in all. */
export function countDots(ballot: Ballot): number {
  return Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
}

/**
 * `ballot` without the dots on shapes that are gone from the board, which the server would refuse:
 * a sticky deleted during the vote gives its dots back. The same ballot when nothing is gone.
 */
export function keepShapes(ballot: Ballot, onBoard: (shapeId: string) => boolean): Ballot {
  const gone = Object.keys(ballot).filter((shapeId) => !onBoard(shapeId));
  if (gone.length === 0) return ballot;
  const kept = { ...ballot };
  for (const shapeId of gone) delete kept[shapeId];
  return kept;
}

/** Whether two ballots place the same dots on the same shapes. */
export function sameBallot(a: Ballot, b: Ballot): boolean {
  const shapes = Object.keys(a);
  return (
    shapes.length === Object.keys(b).length && shapes.every((shapeId) => a[shapeId] === b[shapeId])
  );
}

/**
 * `ballot` with `delta` more dots on `shapeId` (fewer when negative), or null when the change is
 * not allowed: it would place more than `budget` dots in all, or take a dot the shape does not
 * have. Taking dots back is always allowed, even from a ballot over the budget. A shape left with no dots leaves the ballot, since the server takes positive counts only.
 */
export function changeDots(
  ballot: Ballot,
  shapeId: string,
  delta: number,
  budget: number,
): Ballot | null {
  const placed = (ballot[shapeId] ?? 0) + delta;
  if (placed < 0 || (delta > 0 && countDots(ballot) + delta > budget)) return null;
  const next = { ...ballot, [shapeId]: placed };
  if (placed === 0) delete next[shapeId];
  return next;
}
