import { ApiError } from './ApiError';

/** Who calls and how, for {@link requestJson}. */
export interface RequestOptions {
  readonly token: string;
  /** Called on every 401, so the app can tell the person their link no longer works. */
  readonly onUnauthorized?: () => void;
  /** Defaults to the global fetch; tests may pass their own. */
  readonly fetch?: typeof fetch;
}

export type RequestMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

const FALLBACK_MESSAGES: Readonly<Record<number, string>> = {
  400: 'The server could not accept that request.',
  401: 'Your access link is not valid.',
  403: 'Your access link does not allow this.',
  404: 'Not found.',
  413: 'That is too large for the server to accept.',
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
 * One call to Cairn's REST API on this origin with a bearer token: the JSON answer through
 * `parse`, or an ApiError with the server's reason (a message of our own when it gave none, or
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
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${options.token}`,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
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
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(response.status, 'The server sent a response that is not JSON.');
  }
  return parse(json);
}
