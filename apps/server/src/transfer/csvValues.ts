import { isRoadmapDate, type ItemStatus, type TaskStatus } from '@cairn/model';

/**
 * How the CSV import reads the cells of a roadmap file (docs/formats.md): statuses and horizons
 * in the words teams and Jira use, and dates as ISO or as Jira writes them. Each reader returns
 * the model's value, or a sentence saying what is wrong.
 */

export type Read<T> = { readonly value: T } | { readonly problem: string };

function normalised(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** Exact words first (Jira's default workflows and common boards), then telling parts. */
const STATUS_WORDS: Readonly<Record<string, ItemStatus>> = {
  idea: 'idea',
  ideas: 'idea',
  backlog: 'idea',
  open: 'idea',
  new: 'idea',
  proposed: 'idea',
  'under consideration': 'idea',
  planned: 'planned',
  'to do': 'planned',
  todo: 'planned',
  ready: 'planned',
  'selected for development': 'planned',
  committed: 'planned',
  scheduled: 'planned',
  'in progress': 'in-progress',
  doing: 'in-progress',
  started: 'in-progress',
  'in review': 'in-progress',
  'code review': 'in-progress',
  review: 'in-progress',
  testing: 'in-progress',
  'in testing': 'in-progress',
  qa: 'in-progress',
  'in qa': 'in-progress',
  blocked: 'in-progress',
  wip: 'in-progress',
  done: 'shipped',
  closed: 'shipped',
  resolved: 'shipped',
  shipped: 'shipped',
  released: 'shipped',
  complete: 'shipped',
  completed: 'shipped',
  live: 'shipped',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  "won't do": 'cancelled',
  "won't fix": 'cancelled',
  wontfix: 'cancelled',
  rejected: 'cancelled',
  declined: 'cancelled',
  duplicate: 'cancelled',
  abandoned: 'cancelled',
};

const STATUS_HINTS: readonly [RegExp, ItemStatus][] = [
  [/cancel|reject|won.?t|declin|abandon|obsolete/, 'cancelled'],
  [/progress|review|test|develop|implement|deploy|verif|qa\b/, 'in-progress'],
  [/done|closed|resolved|ship|release|complete|deliver/, 'shipped'],
  [/to ?do|plan|ready|select|commit|schedul/, 'planned'],
  [/backlog|idea|open|new|propos|triage|discover/, 'idea'],
];

/** A status in the model's words; Jira's To Do / In Progress / Done and similar. */
export function readStatus(cell: string): Read<ItemStatus> {
  const words = normalised(cell);
  const exact = STATUS_WORDS[words.replace(/[’]/g, "'")];
  if (exact) return { value: exact };
  for (const [hint, status] of STATUS_HINTS) if (hint.test(words)) return { value: status };
  return {
    problem: `Status ${JSON.stringify(cell.trim())} is not one Cairn knows; use idea, planned, in progress, shipped or cancelled (or To Do, In Progress, Done).`,
  };
}

const HORIZON_WORDS: Readonly<Record<string, string>> = {
  now: 'now',
  current: 'now',
  'this quarter': 'now',
  'short term': 'now',
  committed: 'now',
  next: 'next',
  soon: 'next',
  'next quarter': 'next',
  'mid term': 'next',
  'medium term': 'next',
  later: 'later',
  future: 'later',
  someday: 'later',
  eventually: 'later',
  'long term': 'later',
};

/** A horizon id: now, next or later, in those or common words. */
export function readHorizon(cell: string): Read<string> {
  const horizon = HORIZON_WORDS[normalised(cell)];
  if (horizon) return { value: horizon };
  return {
    problem: `Horizon ${JSON.stringify(cell.trim())} is not now, next or later (or current, soon, future…).`,
  };
}

/** When a file maps no horizon: work under way is Now, planned work Next, ideas Later. */
export function horizonOfStatus(status: ItemStatus): string {
  switch (status) {
    case 'in-progress':
    case 'shipped':
      return 'now';
    case 'planned':
      return 'next';
    case 'idea':
    case 'cancelled':
      return 'later';
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `YYYY-MM-DD` when the parts make a real date, else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isRoadmapDate(date) ? date : undefined;
}

/** ISO `2026-03-05` (a time after it is ignored). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
/**
 * Jira's export: `05/Mar/26 4:12 PM` (dd/MMM/yy h:mm a), also with a four-digit year and without
 * the time. The time is dropped: Cairn's dates are days.
 */
const JIRA = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?$/;

/** A date cell as `YYYY-MM-DD`; empty cells are no date. */
export function readDate(cell: string): Read<string | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  const iso = ISO.exec(text);
  const jira = JIRA.exec(text);
  let date: string | undefined;
  if (iso) {
    date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  } else if (jira) {
    const month = MONTHS.indexOf((jira[2] ?? '').toLowerCase()) + 1;
    const year = Number(jira[3]);
    // Two-digit years are this century, as Jira means them.
    if (month > 0) date = calendarDate(year < 100 ? 2000 + year : year, month, Number(jira[1]));
  }
  if (date !== undefined) return { value: date };
  return {
    problem: `${JSON.stringify(text)} is not a date; write 2026-03-05 or 05/Mar/26 (Jira's format).`,
  };
}

/** Tags from one cell: separated by commas or semicolons (Jira repeats the column instead). */
export function splitTags(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

const TASK_STATUS_WORDS: Readonly<Record<string, TaskStatus>> = {
  todo: 'todo',
  'to do': 'todo',
  open: 'todo',
  backlog: 'todo',
  new: 'todo',
  planned: 'todo',
  'in progress': 'in-progress',
  doing: 'in-progress',
  started: 'in-progress',
  'in review': 'in-progress',
  review: 'in-progress',
  blocked: 'blocked',
  'on hold': 'blocked',
  waiting: 'blocked',
  done: 'done',
  closed: 'done',
  resolved: 'done',
  complete: 'done',
  completed: 'done',
  shipped: 'done',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  "won't do": 'cancelled',
  "won't fix": 'cancelled',
  rejected: 'cancelled',
  duplicate: 'cancelled',
};

/** A launch task's status: todo, in progress, blocked, done, cancelled, or Jira's words. */
export function readTaskStatus(cell: string): Read<TaskStatus> {
  const status = TASK_STATUS_WORDS[normalised(cell).replace(/[’]/g, "'")];
  if (status) return { value: status };
  return {
    problem: `Status ${JSON.stringify(cell.trim())} is not one Cairn knows; use to do, in progress, blocked, done or cancelled.`,
  };
}

/** Days relative to launch day: `-14`, `T-14d`, `T+7d`, `7`. */
export function readOffsetDays(cell: string): Read<number | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  const match = /^(?:T\s*)?([+-]?\d{1,4})\s*d?$/i.exec(text);
  if (match) return { value: Number(match[1]) };
  return {
    problem: `${JSON.stringify(text)} is not a number of days relative to launch; write -14 or T-14d.`,
  };
}
