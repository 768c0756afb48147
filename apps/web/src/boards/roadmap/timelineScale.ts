import {
  addDays,
  addMonths,
  addQuarters,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  format,
  parseISO,
  startOfMonth,
  startOfQuarter,
} from 'date-fns';

/** How wide one column of the timeline is. */
export type TimelineZoom = 'month' | 'quarter';

/** A column of the timeline: a month or a quarter. */
export interface TimelineTick {
  readonly key: string;
  readonly label: string;
  /** Position and width in percent of the whole range. */
  readonly left: number;
  readonly width: number;
}

/** The visible date range and its columns. */
export interface TimelineScale {
  readonly start: Date;
  /** Days in the range, at least one. */
  readonly days: number;
  readonly ticks: readonly TimelineTick[];
}

/** The fewest columns shown, so a board with one short item still reads as a timeline. */
const MIN_COLUMNS: Record<TimelineZoom, number> = { month: 6, quarter: 4 };

/** Parses 'YYYY-MM-DD' as a local calendar day (never shifted by time zones). */
export function toDay(date: string): Date {
  return parseISO(date);
}

/** A local calendar day as 'YYYY-MM-DD'. */
export function fromDay(day: Date): string {
  return format(day, 'yyyy-MM-dd');
}

/** `date` moved by `days` calendar days, as 'YYYY-MM-DD'. */
export function shiftDate(date: string, days: number): string {
  return fromDay(addDays(toDay(date), days));
}

/** The range that holds every date given (today when none), widened to whole columns. */
export function buildScale(
  dates: readonly string[],
  zoom: TimelineZoom,
  today: Date,
): TimelineScale {
  const days = dates.map(toDay).sort((a, b) => a.getTime() - b.getTime());
  const first = days[0] ?? today;
  const last = days.at(-1) ?? today;
  const startOf = zoom === 'month' ? startOfMonth : startOfQuarter;
  const endOf = zoom === 'month' ? endOfMonth : endOfQuarter;
  const add = zoom === 'month' ? addMonths : addQuarters;
  const start = startOf(first);
  let end = endOf(last);
  const minimumEnd = endOf(add(start, MIN_COLUMNS[zoom] - 1));
  if (end < minimumEnd) end = minimumEnd;
  const total = differenceInCalendarDays(end, start) + 1;
  const ticks: TimelineTick[] = [];
  for (let column = start; column <= end; column = add(column, 1)) {
    const columnDays = differenceInCalendarDays(endOf(column), column) + 1;
    ticks.push({
      key: fromDay(column),
      label: zoom === 'month' ? format(column, 'MMM yyyy') : format(column, 'QQQ yyyy'),
      left: (differenceInCalendarDays(column, start) / total) * 100,
      width: (columnDays / total) * 100,
    });
  }
  return { start, days: total, ticks };
}

/** Where `date` starts, in percent of the scale. */
export function offsetOf(scale: TimelineScale, date: string): number {
  return (differenceInCalendarDays(toDay(date), scale.start) / scale.days) * 100;
}

/** A date for people: '2 Mar 2026'. */
export function formatDay(date: string): string {
  return format(toDay(date), 'd MMM yyyy');
}
