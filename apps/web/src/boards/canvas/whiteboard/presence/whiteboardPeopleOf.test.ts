import { describe, expect, it } from 'vitest';
import { createUserId, InstancePresenceRecordType, type TLInstancePresence } from 'tldraw';
import { sameWhiteboardPeople, whiteboardPeopleOf } from './whiteboardPeopleOf';

const ME = createUserId('me');

function presence(userId: string, userName: string, following: string | null = null) {
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId(userId),
    userId: createUserId(userId),
    userName,
    color: '#099268',
    currentPageId: 'page:page' as TLInstancePresence['currentPageId'],
    followingUserId: following === null ? null : createUserId(following),
  });
}

describe('whiteboardPeopleOf', () => {
  it('lists other people by name, leaves out this person’s other tabs, and says who follows me', () => {
    const people = whiteboardPeopleOf(
      [presence('zed', 'Zed'), presence('me', 'Me'), presence('ada', 'Ada', 'me')],
      ME,
    );
    expect(people).toEqual([
      { userId: createUserId('ada'), name: 'Ada', color: '#099268', followsMe: true },
      { userId: createUserId('zed'), name: 'Zed', color: '#099268', followsMe: false },
    ]);
  });

  it('treats lists that differ only in cursors and cameras as the same', () => {
    const before = whiteboardPeopleOf([presence('ada', 'Ada')], ME);
    const moved = {
      ...presence('ada', 'Ada'),
      cursor: { x: 9, y: 9, type: 'default', rotation: 0 },
    };
    expect(sameWhiteboardPeople(before, whiteboardPeopleOf([moved], ME))).toBe(true);
    const following = whiteboardPeopleOf([presence('ada', 'Ada', 'me')], ME);
    expect(sameWhiteboardPeople(before, following)).toBe(false);
    expect(sameWhiteboardPeople(before, [])).toBe(false);
  });
});
