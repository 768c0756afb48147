import { ApiError } from './ApiError';

/** Who calls and how, for {@link requestJson}. */
export interface RequestOptions {
  /**
   * The bearer secret of this tab: an API token or a share link's secret. Empty when the
   * session cookie authenticates (the browser sends it with every same-origin request); with
   * both, the server sees a signed-in person with the link's role added on its board.
   */
  readonly token: string;
  /** Called on every 401, so the app can say the link or the session no longer works. */
  readonly onUnauthorized?: () => void;
  /** Defaults to the global fetch; tests may pass their own. */
  readonly fetch?: typeof fetch;
}

export type RequestMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const FALLBACK_MESSAGES: Readonly<Record<number, string>> = {
  400: 'The server could not accept that request.',
  401: 'You are not signed in, or your link no longer works.',
  403: 'Your role does not allow this.',
  404: 'Not found.',
  409: 'That conflicts with what is already there.',
  413: 'That is too large for the server to accept.',
  429: 'Too many attempts. Wait a few minutes, then try again.',
};

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const { error } = body;
      if (typeof error === 'string' && error.trim() !== '') return error;
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to a message of our own.
  }
  return FALLBACK_MESSAGES[response.status] ?? `The server answered ${response.status}.`;
}

/**
 * One call to Cairn's REST API on this origin, with the tab's bearer secret when it has one: the
 * JSON answer through `parse` (`undefined` for 204 No Content), or an ApiError with the server's reason (a message of our own when it gave none, or
 * when the server cannot be reached). An aborted call rejects with the abort error.
 */
export async function requestJson<T>(
  options: RequestOptions,
  method: RequestMethod,
  path: string,
  parse: (value: unknown) => T,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== '') headers['Authorization'] = `Bearer ${options.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      // The session cookie; fetch's default, spelled out because sign-in depends on it.
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'Cannot reach the Cairn server. Check your connection and try again.');
  }
  if (!response.ok) {
    if (response.status === 401) options.onUnauthorized?.();
    throw new ApiError(response.status, await errorMessage(response));
  }
  if (response.status === 204) return parse(undefined);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(response.status, 'The server sent a response that is not JSON.');
  }
  return parse(json);
}

/** {@link requestJson} with only the tab's bearer secret (`''`: the session cookie). */
export function sendWithToken<T>(
  token: string,
  method: RequestMethod,
  path: string,
  parse: (value: unknown) => T,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return requestJson({ token }, method, path, parse, body, signal);
}
