import { describe, expect, it } from 'vitest';
import {
  readDate,
  readHorizon,
  readOffsetDays,
  readStatus,
  readTaskStatus,
  splitTags,
} from './csvValues.js';

describe('reading CSV cells', () => {
  it('reads ISO dates and Jira’s dd/MMM/yy h:mm a, and refuses dates that do not exist', () => {
    expect(readDate('2026-03-05')).toEqual({ value: '2026-03-05' });
    expect(readDate('2026-03-05T10:00:00Z')).toEqual({ value: '2026-03-05' });
    expect(readDate('05/Mar/26 4:12 PM')).toEqual({ value: '2026-03-05' });
    expect(readDate('5/mar/2026')).toEqual({ value: '2026-03-05' });
    expect(readDate('  ')).toEqual({ value: null });
    for (const bad of ['31/Feb/26', '2026-02-30', '05/Foo/26', 'next week', '03/05/2026']) {
      expect(readDate(bad), bad).toHaveProperty('problem');
    }
  });

  it('maps Jira’s and common statuses onto the model’s, and refuses unknown ones', () => {
    const cases: [string, string][] = [
      ['To Do', 'planned'],
      ['In Progress', 'in-progress'],
      ['in_review', 'in-progress'],
      ['Done', 'shipped'],
      ['Closed', 'shipped'],
      ['Backlog', 'idea'],
      ["Won't Do", 'cancelled'],
      ['Won’t Fix', 'cancelled'],
      ['Awaiting deployment', 'in-progress'],
    ];
    for (const [cell, status] of cases) expect(readStatus(cell), cell).toEqual({ value: status });
    expect(readStatus('Frobnicated')).toHaveProperty('problem');
  });

  it('reads horizons in common words and splits tags', () => {
    expect(readHorizon(' This quarter ')).toEqual({ value: 'now' });
    expect(readHorizon('Soon')).toEqual({ value: 'next' });
    expect(readHorizon('long-term')).toEqual({ value: 'later' });
    expect(readHorizon('yesterday')).toHaveProperty('problem');
    expect(splitTags('a, b;c,, ')).toEqual(['a', 'b', 'c']);
  });

  it('reads launch task statuses and days relative to launch', () => {
    expect(readTaskStatus('On hold')).toEqual({ value: 'blocked' });
    expect(readTaskStatus('Done')).toEqual({ value: 'done' });
    expect(readTaskStatus('Sleeping')).toHaveProperty('problem');
    expect(readOffsetDays('T-14d')).toEqual({ value: -14 });
    expect(readOffsetDays('t+7d')).toEqual({ value: 7 });
    expect(readOffsetDays('-3')).toEqual({ value: -3 });
    expect(readOffsetDays('')).toEqual({ value: null });
    expect(readOffsetDays('two weeks')).toHaveProperty('problem');
  });
});
