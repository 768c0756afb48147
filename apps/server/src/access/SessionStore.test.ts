import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../storage/openDatabase.js';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { SESSION_LIFETIME_MS, SESSION_REFRESH_MS, SessionStore } from './SessionStore.js';
import { UserStore } from './UserStore.js';

const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

function openStore() {
  const database = openTestDatabase();
  opened.push(database);
  const clock = { now: 1_000 };
  const users = new UserStore(database.db, () => clock.now);
  const ada = users.create('ada@example.com', 'Ada', 'h');
  const bo = users.create('bo@example.com', 'Bo', 'h');
  if (!ada || !bo) throw new Error('accounts not made');
  return { sessions: new SessionStore(database.db, () => clock.now), clock, ada, bo, database };
}

describe('SessionStore', () => {
  it('verifies a session until it ends', () => {
    const { sessions, ada } = openStore();
    const session = sessions.create(ada.id);
    expect(sessions.verify(session.secret)).toMatchObject({ id: session.id, userId: ada.id });
    expect(sessions.activeUntil(session.id)).toBe(session.expiresAt);
    sessions.end(session.id);
    expect(sessions.verify(session.secret)).toBeUndefined();
    expect(sessions.activeUntil(session.id)).toBeNull();
  });

  it('lasts 30 days from the last use, extended at most hourly', () => {
    const { sessions, ada, clock } = openStore();
    const session = sessions.create(ada.id);
    clock.now += SESSION_REFRESH_MS - 1;
    expect(sessions.verify(session.secret)?.refreshed).toBe(false);
    clock.now += 1;
    expect(sessions.verify(session.secret)).toMatchObject({
      refreshed: true,
      expiresAt: clock.now + SESSION_LIFETIME_MS,
    });
    expect(sessions.activeUntil(session.id)).toBe(clock.now + SESSION_LIFETIME_MS);
    clock.now += SESSION_LIFETIME_MS - 1;
    expect(sessions.activeUntil(session.id)).toBe(clock.now + 1);
    clock.now += 1;
    expect(sessions.activeUntil(session.id)).toBeNull();
    expect(sessions.verify(session.secret)).toBeUndefined();
  });

  it('ends every session of one person, and only theirs', () => {
    const { sessions, ada, bo } = openStore();
    const phone = sessions.create(ada.id);
    const laptop = sessions.create(ada.id);
    const other = sessions.create(bo.id);
    expect(sessions.endAllOf(ada.id)).toBe(2);
    expect([phone, laptop, other].map((session) => sessions.activeUntil(session.id))).toEqual([
      null,
      null,
      other.expiresAt,
    ]);
  });

  it('rejects unknown and malformed secrets, and never stores a secret', () => {
    const { sessions, ada, database } = openStore();
    const session = sessions.create(ada.id);
    expect(sessions.verify(`${session.secret}x`)).toBeUndefined();
    expect(sessions.verify('')).toBeUndefined();
    database.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(join(database.dir, DATABASE_FILE));
    expect(bytes.includes(Buffer.from(session.secret))).toBe(false);
  });
});
