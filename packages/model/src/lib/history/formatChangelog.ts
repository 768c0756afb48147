import { CHANGE_TYPES, type BoardChange } from './boardChange.js';
import { describeChange, quoteOneLine } from './describeChange.js';

/** The heading of each group of the changelog, by change type. */
export const CHANGE_GROUP_TITLES: Record<BoardChange['type'], string> = {
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  rescheduled: 'Dates',
  status: 'Status',
  renamed: 'Renamed',
  changed: 'Other changes',
};

/** What a changelog is about. */
export interface ChangelogInput {
  /** The board's title. */
  readonly title: string;
  /** The earlier state, as people read it: e.g. `version "Q3 review" of 2026-09-30 10:00 UTC`. */
  readonly from: string;
  /** The later state, e.g. `now`. */
  readonly to: string;
  readonly changes: readonly BoardChange[];
}

/**
 * A plain-text changelog for stakeholders: a heading line, the number of changes, then one
 * group per change type (added, removed, moved, dates, status, renamed, other) with one line per
 * change, in the diff's order. Every line ends with '\n'; titles are flattened to one line, so a
 * hostile title cannot fake a line.
 */
export function formatChangelog(input: ChangelogInput): string {
  const { changes } = input;
  const lines = [`Changes to ${quoteOneLine(input.title)} from ${input.from} to ${input.to}`];
  if (changes.length === 0) return `${lines.join('\n')}\nNo changes.\n`;
  lines.push(`${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`);
  for (const type of CHANGE_TYPES) {
    const group = changes.filter((change) => change.type === type);
    if (group.length === 0) continue;
    lines.push('', `${CHANGE_GROUP_TITLES[type]} (${group.length})`);
    for (const change of group) lines.push(`- ${describeChange(change)}`);
  }
  return `${lines.join('\n')}\n`;
}
