import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { requestJson } from './requestJson';

/** A fetch that answers `response` and records what it was asked. */
function fakeFetch(response: Response) {
  const calls: { init: RequestInit }[] = [];
  const fetch: typeof globalThis.fetch = (_url, init) => {
    calls.push({ init: init ?? {} });
    return Promise.resolve(response);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const headersOf = (init: RequestInit) => init.headers as Record<string, string>;

describe('requestJson', () => {
  it('sends the tab’s secret as a bearer token', async () => {
    const { fetch, calls } = fakeFetch(json(200, { ok: true }));
    await requestJson({ token: 'cairnlink_x', fetch }, 'GET', '/api/me', (value) => value);
    expect(headersOf(calls[0]?.init ?? {})['Authorization']).toBe('Bearer cairnlink_x');
  });

  it('sends no Authorization header without a secret, leaving the session cookie to speak', async () => {
    const { fetch, calls } = fakeFetch(json(200, { ok: true }));
    await requestJson({ token: '', fetch }, 'GET', '/api/me', (value) => value);
    const init = calls[0]?.init ?? {};
    expect(headersOf(init)['Authorization']).toBeUndefined();
    expect(init.credentials).toBe('same-origin');
  });

  it('answers undefined for 204 No Content', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }));
    const parse = vi.fn((value: unknown) => value);
    await expect(requestJson({ token: '', fetch }, 'POST', '/x', parse)).resolves.toBeUndefined();
    expect(parse).toHaveBeenCalledWith(undefined);
  });

  it('rejects with the server’s own words, and reports 401s', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = fakeFetch(json(401, { error: 'Wrong email or password.' }));
    const failure = requestJson({ token: '', fetch, onUnauthorized }, 'POST', '/x', () => null);
    await expect(failure).rejects.toEqual(new ApiError(401, 'Wrong email or password.'));
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('explains a 429 without a message of the server', async () => {
    const { fetch } = fakeFetch(new Response('<html>Too Many</html>', { status: 429 }));
    await expect(requestJson({ token: '', fetch }, 'POST', '/x', () => null)).rejects.toThrow(
      'Too many attempts. Wait a few minutes, then try again.',
    );
  });
});
