import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBoard } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { apiAs, sessionCookieOf, type Caller } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { naughtyStrings } from '../support/naughtyStrings.js';
import { useTestServer } from '../support/useTestServer.js';

interface Me {
  id: string;
  name: string;
  kind: string;
  email?: string;
  role: string | null;
  color: string;
  error?: string;
}

const PASSWORD = 'correct horse battery staple';

function signUp(
  url: string,
  email: string,
  name = 'Ada',
  password = PASSWORD,
  caller: Caller = {},
) {
  return apiAs<Me>(url, caller, 'POST', '/api/auth/signup', { email, name, password });
}

function signIn(url: string, email: string, password = PASSWORD) {
  return apiAs<Me & { error?: string }>(url, {}, 'POST', '/api/auth/signin', { email, password });
}

describe('accounts: signing up', () => {
  it('makes the first account of a fresh data directory admin, and the next one nothing', async () => {
    const server = await useTestServer();
    const first = await signUp(server.url, '  Ada@Example.COM ', 'Ada Lovelace');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^u_/) as string,
      name: 'Ada Lovelace',
      kind: 'user',
      email: 'ada@example.com',
      role: 'admin',
      color: expect.stringMatching(/^#[0-9a-f]{6}$/) as string,
    });
    const cookie = first.setCookies.find((header) => header.startsWith('cairn_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    const second = await signUp(server.url, 'bo@example.com', 'Bo');
    expect(second.status).toBe(201);
    expect(second.body.role).toBeNull();
    const me = await apiAs<Me>(server.url, { cookie: sessionCookieOf(second) }, 'GET', '/api/me');
    expect(me.body).toEqual(second.body);
  });

  it('makes nobody admin by signing up first where boards exist already (an upgraded directory)', async () => {
    const server = await useTestServer();
    const admin = server.token('admin');
    await apiAs(server.url, { bearer: admin }, 'POST', '/api/boards', {
      title: 'Old',
      kind: 'roadmap',
    });
    const first = await signUp(server.url, 'quick@example.com', 'Quick');
    expect(first.body.role).toBeNull();
    const granted = await apiAs(
      server.url,
      { bearer: admin },
      'PUT',
      `/api/members/${first.body.id}`,
      {
        role: 'admin',
      },
    );
    expect(granted).toMatchObject({ status: 200, body: { role: 'admin' } });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const server = await useTestServer();
    const response = await signUp(server.url, 'ada@example.com', 'Ada', PASSWORD, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.setCookies.find((header) => header.startsWith('cairn_session='))).toMatch(
      /; Secure/,
    );
  });

  it('refuses invalid accounts with the reason, and a taken email with 409', async () => {
    const server = await useTestServer();
    await signUp(server.url, 'ada@example.com');
    const cases: [body: unknown, status: number, reason: RegExp][] = [
      [{ email: 'not an email', name: 'A', password: PASSWORD }, 400, /Email/],
      [{ email: 'b@example.com', name: '   ', password: PASSWORD }, 400, /Name must not be empty/],
      [{ email: 'b@example.com', name: 'x'.repeat(101), password: PASSWORD }, 400, /100/],
      [{ email: 'b@example.com', name: 'B', password: 'short' }, 400, /at least 10/],
      [{ email: 'b@example.com', name: 'B', password: 'x'.repeat(257) }, 400, /at most 256/],
      [{ email: 'b@example.com', name: 'B' }, 400, /password/],
      [{ email: 'b@example.com', name: 'B', password: PASSWORD, role: 'admin' }, 400, /role/],
      ['{"email": ', 400, /JSON/],
      [{ email: ' ADA@example.com', name: 'Other', password: PASSWORD }, 409, /already exists/],
    ];
    for (const [body, status, reason] of cases) {
      const response = await apiAs<{ error: string }>(
        server.url,
        {},
        'POST',
        '/api/auth/signup',
        body,
      );
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.error).toMatch(reason);
    }
  });

  it('keeps naughty names exactly (trimmed) or refuses them with a 400; the same for emails', async () => {
    const server = await useTestServer();
    const admin = await signUp(server.url, 'admin@example.com', 'Admin');
    const adminCaller = { cookie: sessionCookieOf(admin) };
    for (const [index, raw] of naughtyStrings().entries()) {
      const asName = await signUp(server.url, `person${index}@example.com`, raw);
      if (asName.status === 201) {
        expect(asName.body.name, JSON.stringify(raw)).toBe(raw.trim());
      } else {
        expect(asName.status, JSON.stringify(raw)).toBe(400);
        expect(asName.body.error).toMatch(/Name/);
      }
      const asEmail = await signUp(server.url, raw, 'Naughty');
      if (asEmail.status === 201) {
        expect(asEmail.body.email, JSON.stringify(raw)).toBe(raw.trim().toLowerCase());
      } else {
        expect([400, 409], JSON.stringify(raw)).toContain(asEmail.status);
      }
    }
    const members = await apiAs<{ id: string; name: string }[]>(
      server.url,
      adminCaller,
      'GET',
      '/api/members',
    );
    const expected = naughtyStrings()
      .map((raw) => raw.trim())
      .filter((name) => name.length > 0 && [...name].length <= 100 && !/\p{Cc}/u.test(name));
    const names = new Set(members.body.map((member) => member.name));
    for (const name of expected) expect(names.has(name), JSON.stringify(name)).toBe(true);
  });

  it('never stores the password, only an argon2id hash', async () => {
    const server = await useTestServer();
    const password = 'a very memorable passphrase 9f3c';
    expect((await signUp(server.url, 'ada@example.com', 'Ada', password)).status).toBe(201);
    const files = readdirSync(server.dataDir).filter((file) => file.startsWith('cairn.sqlite'));
    const bytes = Buffer.concat(files.map((file) => readFileSync(join(server.dataDir, file))));
    expect(bytes.includes(Buffer.from(password))).toBe(false);
    expect(bytes.includes(Buffer.from('$argon2id$'))).toBe(true);
  });
});

describe('accounts: signing in', () => {
  it('signs in with the right password only, with the same answer for an unknown email', async () => {
    const server = await useTestServer();
    await signUp(server.url, 'ada@example.com', 'Ada');
    const wrong = await signIn(server.url, 'ada@example.com', 'wrong password!');
    const unknown = await signIn(server.url, 'nobody@example.com');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error).toBe('Wrong email or password.');
    expect(unknown.body.error).toBe('Wrong email or password.');
    expect(wrong.setCookies).toEqual([]);

    const right = await signIn(server.url, ' ADA@example.com ');
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ name: 'Ada', kind: 'user', email: 'ada@example.com' });
    const me = await apiAs<Me>(server.url, { cookie: sessionCookieOf(right) }, 'GET', '/api/me');
    expect(me.body.id).toBe(right.body.id);
  });

  it('answers 429 after 10 failures for one email, even to the right password', async () => {
    const server = await useTestServer();
    await signUp(server.url, 'ada@example.com', 'Ada');
    await signUp(server.url, 'bo@example.com', 'Bo');
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn(server.url, 'ada@example.com', `guess number ${attempt}`)).status).toBe(
        401,
      );
    }
    const blocked = await signIn(server.url, 'ada@example.com');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toMatch(/Too many failed sign-ins/);
    expect((await signIn(server.url, 'bo@example.com')).status).toBe(200);
  });
});

/** Ada signed up on her laptop and signed in on her phone; a board she made from the laptop. */
async function adaOnTwoDevices(url: string) {
  const laptop = sessionCookieOf(await signUp(url, 'ada@example.com', 'Ada'));
  const phone = sessionCookieOf(await signIn(url, 'ada@example.com'));
  const board = await apiAs<{ id: string }>(url, { cookie: laptop }, 'POST', '/api/boards', {
    title: 'Mine',
    kind: 'roadmap',
  });
  return { laptop, phone, board };
}

describe('accounts: sessions', () => {
  it('works for REST and the socket; signing out ends this session only', async () => {
    const server = await useTestServer();
    const { laptop, phone, board } = await adaOnTwoDevices(server.url);
    expect(board.status).toBe(201);

    const client = connectProvider(server.wsUrl, board.body.id, '', { headers: { cookie: phone } });
    try {
      await client.synced();
      expect(client.provider.authorizedScope).toBe('read-write');
      expect(readBoard(client.doc).title).toBe('Mine');
    } finally {
      client.destroy();
    }

    const out = await apiAs(server.url, { cookie: laptop }, 'POST', '/api/auth/signout');
    expect(out.status).toBe(204);
    expect(out.setCookies.join()).toMatch(/cairn_session=;.*Max-Age=0/);
    expect((await apiAs(server.url, { cookie: laptop }, 'GET', '/api/me')).status).toBe(401);
    expect((await apiAs(server.url, { cookie: phone }, 'GET', '/api/me')).status).toBe(200);
    const refused = connectProvider(server.wsUrl, board.body.id, '', {
      headers: { cookie: laptop },
    });
    try {
      expect(await refused.refused()).toBe('unauthorized');
    } finally {
      refused.destroy();
    }
  });

  it('signing out everywhere ends every session and closes their sockets at once', async () => {
    const server = await useTestServer();
    const { laptop, phone, board } = await adaOnTwoDevices(server.url);
    const onPhone = connectProvider(server.wsUrl, board.body.id, '', {
      headers: { cookie: phone },
    });
    try {
      await onPhone.synced();
      const closed = onPhone.closed();
      const everywhere = await apiAs(
        server.url,
        { cookie: laptop },
        'POST',
        '/api/auth/signout-everywhere',
      );
      expect(everywhere.status).toBe(204);
      expect(await closed).toBe('unauthorized');
      expect((await apiAs(server.url, { cookie: phone }, 'GET', '/api/me')).status).toBe(401);
      expect((await apiAs(server.url, { cookie: laptop }, 'GET', '/api/me')).status).toBe(401);
    } finally {
      onPhone.destroy();
    }
  });

  it('refuses cookie writes from a foreign or missing Origin (CSRF); bearer writes need none', async () => {
    const server = await useTestServer({
      variables: { CAIRN_ALLOWED_ORIGINS: 'https://cairn.example.com' },
    });
    const cookie = sessionCookieOf(await signUp(server.url, 'ada@example.com', 'Ada'));
    const create = (caller: Caller) =>
      apiAs<{ error?: string }>(server.url, caller, 'POST', '/api/boards', {
        title: 'B',
        kind: 'roadmap',
      });
    const foreign = await create({ cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatch(/Cross-site/);
    expect((await create({ cookie, origin: null })).status).toBe(403);
    expect((await create({ cookie })).status).toBe(201);
    expect((await create({ cookie, origin: 'https://cairn.example.com' })).status).toBe(201);
    const read = await apiAs(
      server.url,
      { cookie, origin: 'https://evil.example' },
      'GET',
      '/api/boards',
    );
    expect(read.status).toBe(200);
    const bearer = server.token('editor');
    expect((await create({ bearer, origin: 'https://evil.example' })).status).toBe(201);
    const signout = await apiAs(
      server.url,
      { cookie, origin: 'https://evil.example' },
      'POST',
      '/api/auth/signout',
    );
    expect(signout.status).toBe(403);
    expect((await apiAs(server.url, { cookie }, 'GET', '/api/me')).status).toBe(200);
    const crossSiteSignin = await apiAs(
      server.url,
      { origin: 'https://evil.example' },
      'POST',
      '/api/auth/signin',
      {
        email: 'ada@example.com',
        password: PASSWORD,
      },
    );
    expect(crossSiteSignin.status).toBe(403);
  });
});

describe('workspace members', () => {
  it('lets admins list accounts and set workspace roles, never removing the last admin', async () => {
    const server = await useTestServer();
    const ada = await signUp(server.url, 'ada@example.com', 'Ada');
    const bo = await signUp(server.url, 'bo@example.com', 'Bo');
    const admin = { cookie: sessionCookieOf(ada) };
    const members = await apiAs<{ id: string; email: string; role: string | null }[]>(
      server.url,
      admin,
      'GET',
      '/api/members',
    );
    expect(members.body.map((member) => [member.email, member.role])).toEqual([
      ['ada@example.com', 'admin'],
      ['bo@example.com', null],
    ]);
    expect(JSON.stringify(members.body)).not.toMatch(/argon2|password/);
    const forbidden = await apiAs(
      server.url,
      { cookie: sessionCookieOf(bo) },
      'GET',
      '/api/members',
    );
    expect(forbidden.status).toBe(403);

    const last = await apiAs<{ error: string }>(
      server.url,
      admin,
      'PUT',
      `/api/members/${ada.body.id}`,
      { role: 'editor' },
    );
    expect(last.status).toBe(409);
    const promoted = await apiAs(server.url, admin, 'PUT', `/api/members/${bo.body.id}`, {
      role: 'admin',
    });
    expect(promoted).toMatchObject({ status: 200, body: { id: bo.body.id, role: 'admin' } });
    const stepDown = await apiAs(server.url, admin, 'PUT', `/api/members/${ada.body.id}`, {
      role: null,
    });
    expect(stepDown).toMatchObject({ status: 200, body: { role: null } });
    expect((await apiAs(server.url, admin, 'GET', '/api/members')).status).toBe(403);
    const bogus = { cookie: sessionCookieOf(bo) };
    expect(
      (await apiAs(server.url, bogus, 'PUT', '/api/members/u_nobody', { role: 'viewer' })).status,
    ).toBe(404);
    expect(
      (await apiAs(server.url, bogus, 'PUT', `/api/members/${ada.body.id}`, { role: 'owner' }))
        .status,
    ).toBe(400);
  });
});
