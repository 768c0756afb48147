/** Query parameter of /signin and /signup naming where to go once signed in. */
export const NEXT_PARAMETER = 'next';

/**
 * Where to go after signing in, from the `next` parameter: a path on this origin, or `/`. A
 * value that could leave the site (`//evil.example`, `https://…`, `/\evil`) or loop back to the
 * sign-in pages becomes `/`, so a crafted sign-in link cannot send a person elsewhere.
 */
export function nextPath(raw: string | null): string {
  if (raw === null || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) {
    return '/';
  }
  // Control characters (a newline, say) have no place in a path the app made.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return '/';
  const path = raw.split(/[?#]/, 1)[0] ?? '';
  if (path === '/signin' || path === '/signup') return '/';
  return raw;
}

/** The sign-in page's address that comes back to `path` (pathname and search) afterwards. */
export function signInPathFor(path: string, page: '/signin' | '/signup' = '/signin'): string {
  const next = nextPath(path);
  return next === '/' ? page : `${page}?${NEXT_PARAMETER}=${encodeURIComponent(next)}`;
}
