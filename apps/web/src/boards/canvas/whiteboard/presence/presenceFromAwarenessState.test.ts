import { seededRandom } from '@cairn/model/testing';
import { describe, expect, it } from 'vitest';
import { createUserId, InstancePresenceRecordType } from 'tldraw';
import { presenceFromAwarenessState, presenceIdOfClient } from './presenceFromAwarenessState';
import { PRESENCE_FIELD, type PublishedPresence } from './PublishedPresence';

const RECEIVED_AT = 1_700_000_000_000;

const STAMPED = { id: 'person-bo', name: 'Bo', role: 'editor', color: '#1971c2' };

const PUBLISHED: PublishedPresence = {
  currentPageId: 'page:page' as PublishedPresence['currentPageId'],
  camera: { x: -120, y: 40, z: 1.5 },
  screenBounds: { x: 0, y: 0, w: 1280, h: 720 },
  cursor: { x: 300, y: 200, type: 'default', rotation: 0 },
  selectedShapeIds: ['shape:a' as PublishedPresence['selectedShapeIds'][number]],
  brush: null,
  scribbles: [],
  followingUserId: null,
  chatMessage: '',
};

const stateOf = (published: unknown, user: unknown = STAMPED) => ({
  user,
  [PRESENCE_FIELD]: published,
});

describe('presenceFromAwarenessState', () => {
  it('turns a stamped state into a tldraw presence record of that connection', () => {
    const presence = presenceFromAwarenessState(7, stateOf(PUBLISHED), RECEIVED_AT);
    expect(presence).toEqual({
      ...PUBLISHED,
      typeName: 'instance_presence',
      id: presenceIdOfClient(7),
      userId: createUserId('person-bo'),
      userName: 'Bo',
      color: '#1971c2',
      lastActivityTimestamp: RECEIVED_AT,
      meta: {},
    });
    expect(InstancePresenceRecordType.isInstance(presence ?? undefined)).toBe(true);
  });

  it('takes identity from the server stamp, never from what the client claims', () => {
    const claiming = {
      ...PUBLISHED,
      userId: createUserId('person-ada'),
      userName: 'Ada (the facilitator)',
      color: 'red',
      lastActivityTimestamp: 1,
      meta: { admin: true },
    };
    const presence = presenceFromAwarenessState(7, stateOf(claiming), RECEIVED_AT);
    expect(presence).toMatchObject({
      userId: createUserId('person-bo'),
      userName: 'Bo',
      color: '#1971c2',
      lastActivityTimestamp: RECEIVED_AT,
      meta: {},
    });
  });

  it('leaves out connections the server has not stamped', () => {
    expect(presenceFromAwarenessState(7, { [PRESENCE_FIELD]: PUBLISHED }, RECEIVED_AT)).toBeNull();
    expect(
      presenceFromAwarenessState(7, stateOf(PUBLISHED, { id: 7, name: 'Bo' }), RECEIVED_AT),
    ).toBeNull();
    expect(presenceFromAwarenessState(7, stateOf(PUBLISHED, 'Bo'), RECEIVED_AT)).toBeNull();
  });

  it('leaves out connections that publish no whiteboard presence (another view, or left it)', () => {
    expect(presenceFromAwarenessState(7, { user: STAMPED }, RECEIVED_AT)).toBeNull();
    expect(presenceFromAwarenessState(7, stateOf(null), RECEIVED_AT)).toBeNull();
  });

  it('greys a stamped user without a colour instead of dropping them', () => {
    const presence = presenceFromAwarenessState(7, stateOf(PUBLISHED, { id: 'x', name: 'X' }), 0);
    expect(presence?.color).toBe('#64748b');
  });

  it.each([
    ['a cursor that is not a point', { cursor: 'here' }],
    ['a camera at infinity', { camera: { x: Infinity, y: 0, z: 1 } }],
    ['a page id of another kind', { currentPageId: 'shape:page' }],
    ['selected ids that are not shapes', { selectedShapeIds: ['page:page'] }],
    ['a cursor type tldraw does not know', { cursor: { x: 0, y: 0, type: 'url(x)', rotation: 0 } }],
    ['a missing field', { chatMessage: undefined }],
    ['a chat message that is not text', { chatMessage: { html: '<b>' } }],
  ])('ignores a presence with %s', (_, garbage) => {
    expect(presenceFromAwarenessState(7, stateOf({ ...PUBLISHED, ...garbage }), 0)).toBeNull();
  });

  it('never throws, whatever a client writes (seeded fuzz)', () => {
    const random = seededRandom(4);
    const values: unknown[] = [
      null,
      undefined,
      0,
      -1,
      NaN,
      '',
      'x',
      '__proto__',
      [],
      [null],
      {},
      { x: 1 },
      true,
      STAMPED,
      PUBLISHED,
    ];
    const pick = () => values[Math.floor(random() * values.length)];
    const keys = Object.keys(PUBLISHED);
    for (let round = 0; round < 500; round += 1) {
      const published: Record<string, unknown> = { ...PUBLISHED };
      for (const key of keys) if (random() < 0.2) published[key] = pick();
      const state = random() < 0.1 ? pick() : stateOf(random() < 0.1 ? pick() : published);
      const user = random() < 0.1 ? pick() : STAMPED;
      const result = presenceFromAwarenessState(round, { ...(state as object), user }, 0);
      if (result !== null) expect(result.userName).toBe('Bo');
    }
  });
});
