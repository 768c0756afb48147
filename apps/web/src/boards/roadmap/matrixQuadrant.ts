import type { ItemView } from '@cairn/model';

/** The four cells of the value-versus-effort matrix. */
export const QUADRANTS = [
  { id: 'quick-wins', label: 'Quick wins', hint: 'High value, low effort' },
  { id: 'big-bets', label: 'Big bets', hint: 'High value, high effort' },
  { id: 'fill-ins', label: 'Fill-ins', hint: 'Low value, low effort' },
  { id: 'money-pits', label: 'Money pits', hint: 'Low value, high effort' },
] as const;
export type Quadrant = (typeof QUADRANTS)[number]['id'];

/** Value from 6 of 10 up counts as high. */
const HIGH_VALUE = 6;
/** Effort above 2 person-months counts as high. */
const HIGH_EFFORT = 2;

/** Where an item falls in the matrix, or null until it has both a value and an effort. */
export function matrixQuadrant(item: ItemView): Quadrant | null {
  if (item.value === null || item.effort === null) return null;
  const high = item.value >= HIGH_VALUE;
  const costly = item.effort > HIGH_EFFORT;
  if (high) return costly ? 'big-bets' : 'quick-wins';
  return costly ? 'money-pits' : 'fill-ins';
}
