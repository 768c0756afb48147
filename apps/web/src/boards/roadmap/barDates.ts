import type { ItemView } from '@cairn/model';
import { shiftDate } from './timelineScale';
import type { BarDragMode } from './useBarDrag';

/** The first and last day a bar covers. */
export interface BarSpan {
  readonly start: string;
  readonly end: string;
}

/** The span of an item on the timeline; null without dates. One date makes a one-day bar. */
export function barSpan(item: ItemView): BarSpan | null {
  const start = item.startDate ?? item.endDate;
  const end = item.endDate ?? item.startDate;
  return start === null || end === null ? null : { start, end };
}

/**
 * The dates after moving a bar by `days` (both dates) or resizing it (the end date only, never
 * before the start).
 */
export function shiftSpan(span: BarSpan, mode: BarDragMode, days: number): BarSpan {
  if (mode === 'move')
    return { start: shiftDate(span.start, days), end: shiftDate(span.end, days) };
  const end = shiftDate(span.end, days);
  return { start: span.start, end: end < span.start ? span.start : end };
}
