import { FACILITATION_LIMITS } from '@cairn/model';

/**
 * Seconds for a timer of `text` minutes as a facilitator typed them ("3", "1.5", " 10 "), or
 * null when that is not a number or falls outside the server's limits (10 s to 4 h).
 */
export function parseTimerMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const seconds = Math.round(Number(trimmed) * 60);
  return seconds >= FACILITATION_LIMITS.minTimerSeconds &&
    seconds <= FACILITATION_LIMITS.maxTimerSeconds
    ? seconds
    : null;
}

/** Dots per person as a facilitator typed them, or null outside whole numbers from 1 to 50. */
export function parseDotBudget(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const budget = Number(trimmed);
  return budget >= FACILITATION_LIMITS.minDotBudget && budget <= FACILITATION_LIMITS.maxDotBudget
    ? budget
    : null;
}
