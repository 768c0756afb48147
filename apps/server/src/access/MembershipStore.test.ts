import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { MembershipStore } from './MembershipStore.js';
import { UserStore } from './UserStore.js';

const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

function openStore() {
  const database = openTestDatabase();
  opened.push(database);
  const users = new UserStore(database.db, () => 1);
  const ada = users.create('ada@example.com', 'Ada', 'h');
  const bo = users.create('bo@example.com', 'Bo', 'h');
  if (!ada || !bo) throw new Error('accounts not made');
  return { memberships: new MembershipStore(database.db, () => 1), ada, bo };
}

describe('MembershipStore', () => {
  it('adds, changes and removes a member of one board only', () => {
    const { memberships, ada } = openStore();
    expect(memberships.roleOf('b1', ada.id)).toBeNull();
    memberships.set('b1', ada.id, 'viewer');
    memberships.set('b1', ada.id, 'editor');
    expect(memberships.roleOf('b1', ada.id)).toBe('editor');
    expect(memberships.roleOf('b2', ada.id)).toBeNull();
    expect(memberships.remove('b1', ada.id)).toBe(true);
    expect(memberships.remove('b1', ada.id)).toBe(false);
    expect(memberships.roleOf('b1', ada.id)).toBeNull();
  });

  it('lists members with their names and emails, in the order they joined', () => {
    const { memberships, ada, bo } = openStore();
    memberships.set('b1', bo.id, 'admin');
    memberships.set('b1', ada.id, 'commenter');
    expect(memberships.listOn('b1')).toEqual([
      { userId: bo.id, name: 'Bo', email: 'bo@example.com', role: 'admin' },
      { userId: ada.id, name: 'Ada', email: 'ada@example.com', role: 'commenter' },
    ]);
  });
});
