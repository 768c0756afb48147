import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_LIFETIME_MS } from './SessionStore.js';

/** The cookie that carries a signed-in browser's session secret. */
export const SESSION_COOKIE = 'cairn_session';

/** True when the request reached us over HTTPS, directly or through a proxy that says so. */
function isHttps(c: Context): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

/** The session secret the browser sent, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Sets the session cookie: httpOnly (scripts never see it), SameSite=Lax (other sites' forms
 * and fetches do not carry it), Secure behind HTTPS, and living as long as the session.
 */
export function writeSessionCookie(c: Context, secret: string): void {
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

/** Tells the browser to forget its session cookie (signing out). */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
  });
}
