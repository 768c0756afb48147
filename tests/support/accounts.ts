import type { BrowserContext } from 'playwright-core';
import { apiAs, sessionCookieOf } from './api.js';

/** An account to make in a test. */
export interface NewAccount {
  readonly email: string;
  readonly name: string;
  /** 10–256 characters. */
  readonly password: string;
}

/** A freshly signed-up account: its user id and its session, as a `Cookie` header pair. */
export interface SignedUpAccount {
  readonly id: string;
  /** `cairn_session=<secret>`, for REST calls through `apiAs`. */
  readonly cookie: string;
}

/**
 * Signs `account` up through REST (POST /api/auth/signup) on the server at `baseUrl`. The first
 * account on a fresh data directory becomes a workspace admin. Fails loudly on any answer but 201.
 */
export async function signUpByApi(baseUrl: string, account: NewAccount): Promise<SignedUpAccount> {
  const response = await apiAs<{ id: string }>(
    baseUrl,
    { origin: null },
    'POST',
    '/api/auth/signup',
    account,
  );
  if (response.status !== 201) {
    throw new Error(
      `Sign-up of ${account.email} answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return { id: response.body.id, cookie: sessionCookieOf(response) };
}

/**
 * Signs `account` up through REST and puts its session cookie into `context`, so every page of
 * that browser context is signed in as that person, as if they had used the sign-in form.
 * Returns the user's id (`u_…`).
 */
export async function signUpInContext(
  server: { readonly url: string },
  context: BrowserContext,
  account: NewAccount,
): Promise<string> {
  const { id, cookie } = await signUpByApi(server.url, account);
  const value = cookie.slice(cookie.indexOf('=') + 1);
  await context.addCookies([
    { name: 'cairn_session', value, url: server.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return id;
}
