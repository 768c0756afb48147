import { describe, expect, it } from 'vitest';
import type { BoardChange, EntryRef } from './boardChange.js';
import { describeChange } from './describeChange.js';
import { formatChangelog } from './formatChangelog.js';

const item: EntryRef = { collection: 'items', id: 'i1', title: 'Billing', noun: 'item' };
const board: EntryRef = { collection: 'meta', id: '', title: 'Plan', noun: 'board' };

describe('describeChange', () => {
  it.each<[BoardChange, string]>([
    [{ type: 'added', entry: item }, 'Added item "Billing"'],
    [{ type: 'removed', entry: item }, 'Removed item "Billing"'],
    [
      {
        type: 'moved',
        entry: item,
        field: 'horizon',
        from: 'next',
        to: 'now',
        fromName: 'Next',
        toName: 'Now',
      },
      'Moved item "Billing" from "Next" to "Now"',
    ],
    [
      {
        type: 'moved',
        entry: item,
        field: 'lane',
        from: 'a',
        to: 'b',
        fromName: 'Web',
        toName: 'Mobile',
      },
      'Moved item "Billing" from lane "Web" to lane "Mobile"',
    ],
    [
      { type: 'status', entry: item, from: 'planned', to: 'in-progress' },
      'Item "Billing": status Planned → In progress',
    ],
    [
      { type: 'status', entry: item, from: null, to: 'at-risk' },
      'Item "Billing": status set to At risk',
    ],
    [
      {
        type: 'rescheduled',
        entry: item,
        field: 'endDate',
        from: '2026-03-01',
        to: '2026-03-06',
        days: 5,
      },
      'Item "Billing": end date slipped 5 days (2026-03-01 → 2026-03-06)',
    ],
    [
      {
        type: 'rescheduled',
        entry: item,
        field: 'startDate',
        from: '2026-03-02',
        to: '2026-03-01',
        days: -1,
      },
      'Item "Billing": start date moved 1 day earlier (2026-03-02 → 2026-03-01)',
    ],
    [
      {
        type: 'rescheduled',
        entry: item,
        field: 'endDate',
        from: null,
        to: '2026-03-06',
        days: null,
      },
      'Item "Billing": end date set to 2026-03-06',
    ],
    [
      {
        type: 'rescheduled',
        entry: board,
        field: 'launchDate',
        from: '2026-06-01',
        to: null,
        days: null,
      },
      'Launch date cleared (was 2026-06-01)',
    ],
    [
      { type: 'renamed', entry: item, from: 'Bill', to: 'Billing' },
      'Renamed item "Bill" to "Billing"',
    ],
    [
      { type: 'renamed', entry: board, from: 'Old', to: 'Plan' },
      'Renamed the board from "Old" to "Plan"',
    ],
    [
      { type: 'changed', entry: item, field: 'owner', from: 'Ana', to: '' },
      'Item "Billing": owner cleared (was "Ana")',
    ],
    [
      { type: 'changed', entry: item, field: 'health', from: 'on-track', to: 'off-track' },
      'Item "Billing": health On track → Off track',
    ],
    [
      { type: 'changed', entry: board, field: 'tier', from: 'tier-2', to: 'tier-1' },
      'Tier: Tier 2 → Tier 1',
    ],
  ])('describes %j', (change, text) => {
    expect(describeChange(change)).toBe(text);
  });

  it('keeps a hostile title on one line and shortens long text', () => {
    const title = 'Evil\n- Removed item "Everything"\u2028x';
    const line = describeChange({ type: 'added', entry: { ...item, title } });
    expect(line).toBe('Added item "Evil - Removed item "Everything" x"');
    const long = describeChange({
      type: 'changed',
      entry: board,
      field: 'vision',
      from: '',
      to: 'a'.repeat(500),
    });
    expect(long).toBe(`Vision set to "${'a'.repeat(120)}…"`);
  });
});

describe('formatChangelog', () => {
  it('groups changes by type under headings, in the diff order within a group', () => {
    const text = formatChangelog({
      title: 'Plan',
      from: 'version "Q3 review" (2026-09-30 10:00 UTC)',
      to: 'now',
      changes: [
        { type: 'status', entry: item, from: 'planned', to: 'shipped' },
        { type: 'added', entry: { ...item, id: 'i2', title: 'Search' } },
        { type: 'added', entry: { ...item, id: 'i3', title: 'Export' } },
      ],
    });
    expect(text).toBe(
      [
        'Changes to "Plan" from version "Q3 review" (2026-09-30 10:00 UTC) to now',
        '3 changes',
        '',
        'Added (2)',
        '- Added item "Search"',
        '- Added item "Export"',
        '',
        'Status (1)',
        '- Item "Billing": status Planned → Shipped',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed', () => {
    expect(formatChangelog({ title: 'Plan', from: 'a', to: 'b', changes: [] })).toBe(
      'Changes to "Plan" from a to b\nNo changes.\n',
    );
  });
});
