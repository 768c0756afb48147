import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '../auth/Identity.js';
import { TokenStore } from '../auth/TokenStore.js';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import { createAccessServices } from './createAccessServices.js';

const opened: TestDatabase[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

function setUp() {
  const database = openTestDatabase();
  opened.push(database);
  const clock = { now: 1_000 };
  const services = createAccessServices(
    database.db,
    new TokenStore(database.db, () => clock.now),
    () => clock.now,
  );
  const admin = services.users.create('admin@example.com', 'Admin', 'h');
  const member = services.users.create('member@example.com', 'Member', 'h');
  if (!admin || !member) throw new Error('accounts not made');
  const identify = (presented: { bearer?: string; sessionSecret?: string }): Identity => {
    const result = services.authenticator.authenticate(presented);
    if ('failure' in result) throw new Error(result.failure);
    return result.identity;
  };
  return { services, clock, admin, member, identify };
}

describe('AccessService', () => {
  it('takes the strongest of workspace role, membership and share link', () => {
    const { services, member, identify } = setUp();
    const session = services.sessions.create(member.id);
    const link = services.links.create({
      boardId: 'b1',
      role: 'editor',
      label: 'L',
      createdBy: 'x',
      expiresAt: null,
    });
    const alone = identify({ sessionSecret: session.secret });
    const withLink = identify({ sessionSecret: session.secret, bearer: link.secret });
    expect(services.access.roleOn(alone, 'b1')).toBeNull();
    expect(services.access.roleOn(withLink, 'b1')).toBe('editor');
    expect(services.access.roleOn(withLink, 'b2')).toBeNull();
    services.memberships.set('b1', member.id, 'admin');
    expect(services.access.roleOn(withLink, 'b1')).toBe('admin');
    expect(services.access.ownRoleOn(withLink, 'b1')).toBe('admin');
    services.memberships.remove('b1', member.id);
    services.users.setRole(member.id, 'commenter');
    expect(services.access.roleOn(alone, 'b2')).toBe('commenter');
    expect(services.access.roleOn(withLink, 'b1')).toBe('editor');
    services.links.revoke(link.id);
    expect(services.access.roleOn(withLink, 'b1')).toBe('commenter');
    // The session still works without the link, until it expires.
    expect(services.access.currentUntil(withLink)).toBe(session.expiresAt);
  });

  it('keeps a person who presented an expiring link current until the earlier expiry', () => {
    const { services, member, identify } = setUp();
    const session = services.sessions.create(member.id);
    const link = services.links.create({
      boardId: 'b1',
      role: 'editor',
      label: 'Workshop',
      createdBy: 'x',
      expiresAt: 5_000,
    });
    const withLink = identify({ sessionSecret: session.secret, bearer: link.secret });
    // Their role changes when the link expires, so whoever remembers it must look again then.
    expect(services.access.currentUntil(withLink)).toBe(5_000);
    services.sessions.end(session.id);
    expect(services.access.currentUntil(withLink)).toBeNull();
  });

  it('makes a guest of a link without a session, current while the link works', () => {
    const { services, identify } = setUp();
    const link = services.links.create({
      boardId: 'b1',
      role: 'viewer',
      label: 'Board review',
      createdBy: 'x',
      expiresAt: 2_000,
    });
    const guest = identify({ bearer: link.secret });
    expect(guest).toMatchObject({
      id: `link:${link.id}`,
      name: 'Board review (guest)',
      kind: 'guest',
      role: null,
    });
    expect(services.access.roleOn(guest, 'b1')).toBe('viewer');
    expect(services.access.currentUntil(guest)).toBe(2_000);
    services.links.revoke(link.id);
    expect(services.access.currentUntil(guest)).toBeNull();
    expect(services.authenticator.authenticate({ bearer: link.secret })).toEqual({
      failure: 'This share link was revoked or has expired.',
    });
  });

  it('refuses unknown bearers and ended sessions', () => {
    const { services, admin } = setUp();
    const session = services.sessions.create(admin.id);
    expect(services.authenticator.authenticate({ bearer: 'cairn_nope' })).toHaveProperty('failure');
    expect(services.authenticator.authenticate({ bearer: 'hello' })).toHaveProperty('failure');
    expect(services.authenticator.authenticate({})).toHaveProperty('failure');
    services.sessions.endAllOf(admin.id);
    expect(services.authenticator.authenticate({ sessionSecret: session.secret })).toHaveProperty(
      'failure',
    );
  });

  it('names the people of a board: readers among accounts, and active tokens', () => {
    const { services, member } = setUp();
    const bot = services.tokens.create('CI bot', 'viewer');
    const gone = services.tokens.create('Old bot', 'viewer');
    services.tokens.revoke(gone.id);
    services.memberships.set('b1', member.id, 'viewer');
    expect(services.access.peopleOn('b1').map((person) => person.name)).toEqual([
      'Admin',
      'Member',
      'CI bot',
    ]);
    expect(services.access.peopleOn('b2').map((person) => person.name)).toEqual([
      'Admin',
      'CI bot',
    ]);
    expect(services.access.roleOfPerson(member.id, 'b1')).toBe('viewer');
    expect(services.access.roleOfPerson(member.id, 'b2')).toBeNull();
    expect(services.access.roleOfPerson(bot.id, 'b2')).toBe('viewer');
    expect(services.access.roleOfPerson(gone.id, 'b2')).toBeNull();
  });
});
