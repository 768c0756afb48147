import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { parseDeliveries, parsePublishedBoard, parsePublications } from './parsePublishing';

const roadmap = {
  kind: 'roadmap',
  title: 'Q3',
  label: '',
  hidden: ['description', 'owner'],
  updatedAt: 1_764_160_000_000,
  lanes: [{ id: 'l1', name: 'Platform' }],
  horizons: [{ id: 'now', name: 'Now' }],
  items: [
    {
      id: 'i1',
      title: 'SSO',
      lane: 'l1',
      horizon: 'now',
      releaseId: null,
      status: 'planned',
      startDate: null,
      endDate: null,
      tags: ['a'],
    },
  ],
  releases: [{ id: 'r1', name: 'v2', type: 'release' }],
};

describe('parsePublishedBoard', () => {
  it('reads a roadmap, keeping hidden fields absent', () => {
    const board = parsePublishedBoard(roadmap);
    expect(board.kind).toBe('roadmap');
    if (board.kind !== 'roadmap') return;
    expect(board.items[0]).toEqual({
      id: 'i1',
      title: 'SSO',
      lane: 'l1',
      horizon: 'now',
      releaseId: null,
      status: 'planned',
      startDate: null,
      endDate: null,
      tags: ['a'],
    });
    expect(board.items[0]).not.toHaveProperty('owner');
    expect(board.releases[0]).not.toHaveProperty('date');
  });

  it('reads a launch plan without dates or readiness', () => {
    const board = parsePublishedBoard({
      kind: 'launch',
      title: 'Launch',
      label: 'Partners',
      hidden: ['dates', 'status'],
      updatedAt: 0,
      tier: 'tier-1',
      tracks: [{ id: 't1', name: 'Product' }],
      items: [{ id: 'k1', title: 'Press', track: 't1' }],
    });
    expect(board).toMatchObject({ kind: 'launch', tier: 'tier-1', label: 'Partners' });
    expect(board).not.toHaveProperty('launchDate');
    expect(board).not.toHaveProperty('readiness');
  });

  it('refuses what it does not know with a readable error', () => {
    expect(() => parsePublishedBoard({ ...roadmap, kind: 'canvas' })).toThrow(ApiError);
    expect(() => parsePublishedBoard({ ...roadmap, items: [{ id: 1 }] })).toThrow(ApiError);
    expect(() => parsePublishedBoard(null)).toThrow(ApiError);
  });
});

describe('lists', () => {
  it('reads publications and deliveries, dropping unknown hidden fields', () => {
    const [publication] = parsePublications([
      {
        id: 'pub_1',
        label: '',
        hidden: ['owner', 'salary'],
        createdBy: { id: 'u_1', name: 'Ana' },
        createdAt: 1,
        updatedAt: 1,
        revokedAt: null,
      },
    ]);
    expect(publication?.hidden).toEqual(['owner']);
    const [delivery] = parseDeliveries([
      {
        id: 'dl_1',
        type: 'item.created',
        state: 'failed',
        attempts: 6,
        nextAttemptAt: null,
        lastStatus: 500,
        lastError: 'The receiver answered 500.',
        createdAt: 1,
      },
    ]);
    expect(delivery).toMatchObject({ state: 'failed', attempts: 6, lastStatus: 500 });
    expect(() => parseDeliveries([{ ...delivery, state: 'lost' }])).toThrow(ApiError);
  });
});
