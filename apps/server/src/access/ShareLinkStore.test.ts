import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { ShareLinkStore, type NewShareLink } from './ShareLinkStore.js';

const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

function openStore() {
  const database = openTestDatabase();
  opened.push(database);
  const clock = { now: 1_000 };
  return { links: new ShareLinkStore(database.db, () => clock.now), clock };
}

const REVIEW: NewShareLink = {
  boardId: 'b1',
  role: 'commenter',
  label: 'Design review',
  createdBy: 'u_maker',
  expiresAt: null,
};

describe('ShareLinkStore', () => {
  it('verifies a link to its board and role until it is revoked', () => {
    const { links, clock } = openStore();
    const created = links.create(REVIEW);
    expect(created.secret).toMatch(/^cairnlink_/);
    expect(links.verify(created.secret)).toMatchObject({
      id: created.id,
      boardId: 'b1',
      role: 'commenter',
    });
    expect(links.working(created.id)).toEqual({
      boardId: 'b1',
      role: 'commenter',
      expiresAt: null,
    });
    clock.now = 2_000;
    expect(links.revoke(created.id)).toBe(true);
    expect(links.revoke(created.id)).toBe(false);
    expect(links.verify(created.secret)).toBeUndefined();
    expect(links.working(created.id)).toBeUndefined();
    expect(links.get(created.id)?.revokedAt).toBe(2_000);
  });

  it('stops working at its expiry', () => {
    const { links, clock } = openStore();
    const created = links.create({ ...REVIEW, expiresAt: 5_000 });
    clock.now = 4_999;
    expect(links.working(created.id)?.expiresAt).toBe(5_000);
    clock.now = 5_000;
    expect(links.working(created.id)).toBeUndefined();
    expect(links.verify(created.secret)).toBeUndefined();
  });

  it('lists a board’s links without their secrets and rejects malformed secrets', () => {
    const { links } = openStore();
    const created = links.create(REVIEW);
    links.create({ ...REVIEW, boardId: 'b2' });
    expect(links.listOn('b1').map((link) => link.id)).toEqual([created.id]);
    expect(JSON.stringify(links.listOn('b1'))).not.toContain(created.secret);
    expect(links.verify(created.secret.replace('cairnlink_', 'cairn_'))).toBeUndefined();
  });
});
