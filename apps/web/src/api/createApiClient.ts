import { ApiError } from './ApiError';
import type {
  BoardSummary,
  ClientConfig,
  CreatedToken,
  Me,
  NewBoardRequest,
  NewTokenRequest,
} from './apiTypes';
import {
  parseBoardSummaries,
  parseBoardSummary,
  parseClientConfig,
  parseCreatedToken,
  parseMe,
} from './parseApiResponse';

/** The REST calls the web client makes. Every method rejects with an ApiError. */
export interface ApiClient {
  getMe(signal?: AbortSignal): Promise<Me>;
  getConfig(signal?: AbortSignal): Promise<ClientConfig>;
  listBoards(signal?: AbortSignal): Promise<BoardSummary[]>;
  createBoard(board: NewBoardRequest): Promise<BoardSummary>;
  createToken(request: NewTokenRequest): Promise<CreatedToken>;
}

export interface ApiClientOptions {
  readonly token: string;
  /** Called on every 401, so the app can tell the person their link no longer works. */
  readonly onUnauthorized?: () => void;
  /** Defaults to the global fetch; tests may pass their own. */
  readonly fetch?: typeof fetch;
}

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

/** A typed client for Cairn's REST API on the same origin, authenticated with a bearer token. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    parse: (value: unknown) => T,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
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

  return {
    getMe: (signal) => request('GET', '/api/me', parseMe, undefined, signal),
    getConfig: (signal) => request('GET', '/api/config', parseClientConfig, undefined, signal),
    listBoards: (signal) => request('GET', '/api/boards', parseBoardSummaries, undefined, signal),
    createBoard: (board) => request('POST', '/api/boards', parseBoardSummary, board),
    createToken: (token) => request('POST', '/api/tokens', parseCreatedToken, token),
  };
}
