import { createAccessApi, type AccessApi } from './accessApi';
import type { BoardSummary, ClientConfig, Me, NewBoardRequest } from './apiTypes';
import {
  parseBoardSummaries,
  parseBoardSummary,
  parseClientConfig,
  parseMe,
} from './parseApiResponse';
import { requestJson, type RequestOptions } from './requestJson';

/** The REST calls the web client makes. Every method rejects with an ApiError. */
export interface ApiClient extends AccessApi {
  getMe(signal?: AbortSignal): Promise<Me>;
  getConfig(signal?: AbortSignal): Promise<ClientConfig>;
  listBoards(signal?: AbortSignal): Promise<BoardSummary[]>;
  createBoard(board: NewBoardRequest): Promise<BoardSummary>;
}

/**
 * A typed client for Cairn's REST API on the same origin, authenticated with the tab's bearer
 * secret or, without one, the session cookie.
 */
export function createApiClient(options: RequestOptions): ApiClient {
  const request = <T>(
    method: 'GET' | 'POST',
    path: string,
    parse: (value: unknown) => T,
    body?: unknown,
    signal?: AbortSignal,
  ) => requestJson(options, method, path, parse, body, signal);

  return {
    ...createAccessApi(options),
    getMe: (signal) => request('GET', '/api/me', parseMe, undefined, signal),
    getConfig: (signal) => request('GET', '/api/config', parseClientConfig, undefined, signal),
    listBoards: (signal) => request('GET', '/api/boards', parseBoardSummaries, undefined, signal),
    createBoard: (board) => request('POST', '/api/boards', parseBoardSummary, board),
  };
}
