import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { UserStore } from './UserStore.js';

const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

function openStore(): { users: UserStore; database: TestDatabase } {
  const database = openTestDatabase();
  opened.push(database);
  return { users: new UserStore(database.db, () => 1_000), database };
}

describe('UserStore', () => {
  it('makes the first account of a fresh directory its admin, and nobody after', () => {
    const { users } = openStore();
    const first = users.create('ada@example.com', 'Ada', 'hash-a');
    const second = users.create('bo@example.com', 'Bo', 'hash-b');
    expect(first).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'admin' });
    expect(first?.id).toMatch(/^u_[\w-]{12}$/);
    expect(second?.role).toBeNull();
  });

  it('makes nobody admin by signing up first on a directory that already has boards', () => {
    const { users, database } = openStore();
    database.db
      .prepare(
        "INSERT INTO boards (id, kind, title, created_at, updated_at) VALUES ('b', 'roadmap', 'B', 0, 0)",
      )
      .run();
    expect(users.create('ada@example.com', 'Ada', 'hash')?.role).toBeNull();
  });

  it('refuses a second account with the same email', () => {
    const { users } = openStore();
    users.create('ada@example.com', 'Ada', 'hash');
    expect(users.create('ada@example.com', 'Other Ada', 'hash')).toBeUndefined();
    expect(users.list()).toHaveLength(1);
  });

  it('finds an account for sign-in with its hash, and lists accounts without hashes', () => {
    const { users } = openStore();
    const ada = users.create('ada@example.com', 'Ada', 'secret-hash');
    expect(users.findForSignIn('ada@example.com')).toEqual({
      user: ada,
      passwordHash: 'secret-hash',
    });
    expect(users.findForSignIn('nobody@example.com')).toBeUndefined();
    expect(JSON.stringify(users.list())).not.toContain('secret-hash');
  });

  it('sets workspace roles but never takes the role of the last admin', () => {
    const { users } = openStore();
    const ada = users.create('ada@example.com', 'Ada', 'h');
    const bo = users.create('bo@example.com', 'Bo', 'h');
    if (!ada || !bo) throw new Error('accounts not made');
    expect(users.setRole(ada.id, 'editor')).toBe('last-admin');
    expect(users.setRole(bo.id, 'admin')).toMatchObject({ id: bo.id, role: 'admin' });
    expect(users.setRole(ada.id, null)).toMatchObject({ role: null });
    expect(users.roleOf(ada.id)).toBeNull();
    expect(users.setRole('u_missing', 'viewer')).toBe('not-found');
  });

  it('lists as readers of a board the accounts with a workspace role or a membership', () => {
    const { users, database } = openStore();
    const ada = users.create('ada@example.com', 'Ada', 'h');
    const bo = users.create('bo@example.com', 'Bo', 'h');
    users.create('cy@example.com', 'Cy', 'h');
    database.db
      .prepare(
        "INSERT INTO board_members (board, user_id, role, created_at) VALUES ('b1', ?, 'viewer', 0)",
      )
      .run(bo?.id);
    expect(users.readersOf('b1').map((user) => user.name)).toEqual(['Ada', 'Bo']);
    expect(users.readersOf('b2').map((user) => user.id)).toEqual([ada?.id]);
  });
});
