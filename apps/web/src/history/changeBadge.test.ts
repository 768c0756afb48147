import type { BoardChange, EntryRef } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { badgesByItem, changeBadge } from './changeBadge';

const entry: EntryRef = { collection: 'items', id: 'i1', title: 'Billing', noun: 'item' };

describe('changeBadge', () => {
  it.each<[BoardChange, string]>([
    [{ type: 'added', entry }, 'Added'],
    [
      {
        type: 'moved',
        entry,
        field: 'horizon',
        from: 'next',
        to: 'now',
        fromName: 'Next',
        toName: 'Now',
      },
      'Moved from Next',
    ],
    [
      { type: 'moved', entry, field: 'lane', from: 'a', to: 'b', fromName: 'Web', toName: 'App' },
      'Moved from lane Web',
    ],
    [
      {
        type: 'rescheduled',
        entry,
        field: 'endDate',
        from: '2026-03-01',
        to: '2026-03-06',
        days: 5,
      },
      'End slipped 5 days',
    ],
    [
      {
        type: 'rescheduled',
        entry,
        field: 'startDate',
        from: '2026-03-02',
        to: '2026-03-01',
        days: -1,
      },
      'Start 1 day earlier',
    ],
    [{ type: 'status', entry, from: 'planned', to: 'shipped' }, 'Status: Planned → Shipped'],
    [{ type: 'renamed', entry, from: 'Bill', to: 'Billing' }, 'Renamed from Bill'],
    [{ type: 'changed', entry, field: 'owner', from: '', to: 'Ana' }, 'Owner changed'],
  ])('%j', (change, badge) => {
    expect(changeBadge(change)).toBe(badge);
  });

  it('groups badges by item and leaves out lanes and releases', () => {
    const badges = badgesByItem([
      { type: 'added', entry },
      { type: 'status', entry, from: 'idea', to: 'planned' },
      { type: 'added', entry: { ...entry, collection: 'lanes', id: 'l1', noun: 'lane' } },
    ]);
    expect([...badges]).toEqual([['i1', ['Added', 'Status: Idea → Planned']]]);
  });
});
