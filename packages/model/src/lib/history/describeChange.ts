import type { BoardChange, DateField, EntryRef } from './boardChange.js';

/** Longest stretch of a text value (a vision, a positioning) quoted in a sentence. */
const QUOTE_LENGTH = 120;

/**
 * Characters that would break the one-change-per-line layout of a changelog or fake a line of
 * it: C0 and C1 controls (newlines, tabs…), and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` on one line, shortened to `QUOTE_LENGTH` characters, in double quotes. */
export function quoteOneLine(text: string): string {
  const flat = text.replace(LINE_BREAKING, ' ');
  const chars = Array.from(flat);
  const short = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : flat;
  return `"${short}"`;
}

const DATE_FIELDS: Record<DateField, string> = {
  startDate: 'start date',
  endDate: 'end date',
  date: 'date',
  dueDate: 'due date',
  launchDate: 'launch date',
};

/** Stored enum values as people read them: 'in-progress' → 'In progress', 'todo' → 'To do'. */
export function humanizeValue(value: string): string {
  if (value === 'todo') return 'To do';
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Fields whose values are names from a fixed list, shown without quotes. */
const ENUM_FIELDS = new Set(['health', 'type', 'tier', 'progress', 'confidence']);

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Item "Billing"` or, for the board itself, ''. */
function subject(entry: EntryRef): string {
  return entry.noun === 'board' ? '' : `${capitalize(entry.noun)} ${quoteOneLine(entry.title)}: `;
}

/** A sentence about a field of an entry: 'Item "X": owner …', or 'Launch date …' for the board. */
function aboutField(entry: EntryRef, field: string, rest: string): string {
  const prefix = subject(entry);
  return prefix === '' ? `${capitalize(field)} ${rest}` : `${prefix}${field} ${rest}`;
}

function dayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

function describeDate(change: Extract<BoardChange, { type: 'rescheduled' }>): string {
  const field = DATE_FIELDS[change.field];
  const { entry, from, to, days } = change;
  if (from === null) return aboutField(entry, field, `set to ${to ?? ''}`);
  if (to === null) return aboutField(entry, field, `cleared (was ${from})`);
  const how =
    days === null || days === 0
      ? 'changed'
      : days > 0
        ? `slipped ${dayCount(days)}`
        : `moved ${dayCount(-days)} earlier`;
  return aboutField(entry, field, `${how} (${from} → ${to})`);
}

function describeValue(field: string, value: string): string {
  return ENUM_FIELDS.has(field) ? humanizeValue(value) : quoteOneLine(value);
}

function describeField(change: Extract<BoardChange, { type: 'changed' }>): string {
  const { entry, field, from, to } = change;
  if (from === '') return aboutField(entry, field, `set to ${describeValue(field, to)}`);
  if (to === '') return aboutField(entry, field, `cleared (was ${describeValue(field, from)})`);
  const values = `${describeValue(field, from)} → ${describeValue(field, to)}`;
  return entry.noun === 'board'
    ? `${capitalize(field)}: ${values}`
    : aboutField(entry, field, values);
}

/**
 * One change as one line of plain text for people, e.g. `Moved item "Billing" from "Next" to
 * "Now"` or `Item "Billing": end date slipped 5 days (2026-03-01 → 2026-03-06)`. Every title and
 * name is quoted and flattened to one line; the text is never markup.
 */
export function describeChange(change: BoardChange): string {
  const { entry } = change;
  const what = entry.noun === 'board' ? 'the board' : `${entry.noun} ${quoteOneLine(entry.title)}`;
  switch (change.type) {
    case 'added':
      return `Added ${what}`;
    case 'removed':
      return `Removed ${what}`;
    case 'moved': {
      const axis = change.field === 'horizon' ? '' : `${change.field} `;
      return `Moved ${what} from ${axis}${quoteOneLine(change.fromName)} to ${axis}${quoteOneLine(change.toName)}`;
    }
    case 'status': {
      const from = change.from === null ? null : humanizeValue(change.from);
      const to = change.to === null ? null : humanizeValue(change.to);
      if (from === null) return aboutField(entry, 'status', `set to ${to ?? ''}`);
      if (to === null) return aboutField(entry, 'status', `cleared (was ${from})`);
      return aboutField(entry, 'status', `${from} → ${to}`);
    }
    case 'rescheduled':
      return describeDate(change);
    case 'renamed':
      return entry.noun === 'board'
        ? `Renamed the board from ${quoteOneLine(change.from)} to ${quoteOneLine(change.to)}`
        : `Renamed ${entry.noun} ${quoteOneLine(change.from)} to ${quoteOneLine(change.to)}`;
    case 'changed':
      return describeField(change);
  }
}
