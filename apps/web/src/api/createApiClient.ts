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
import { requestJson, type RequestOptions } from './requestJson';

/** The REST calls the web client makes. Every method rejects with an ApiError. */
export interface ApiClient {
  getMe(signal?: AbortSignal): Promise<Me>;
  getConfig(signal?: AbortSignal): Promise<ClientConfig>;
  listBoards(signal?: AbortSignal): Promise<BoardSummary[]>;
  createBoard(board: NewBoardRequest): Promise<BoardSummary>;
  createToken(request: NewTokenRequest): Promise<CreatedToken>;
}

/** A typed client for Cairn's REST API on the same origin, authenticated with a bearer token. */
export function createApiClient(options: RequestOptions): ApiClient {
  const request = <T>(
    method: 'GET' | 'POST',
    path: string,
    parse: (value: unknown) => T,
    body?: unknown,
    signal?: AbortSignal,
  ) => requestJson(options, method, path, parse, body, signal);

  return {
    getMe: (signal) => request('GET', '/api/me', parseMe, undefined, signal),
    getConfig: (signal) => request('GET', '/api/config', parseClientConfig, undefined, signal),
    listBoards: (signal) => request('GET', '/api/boards', parseBoardSummaries, undefined, signal),
    createBoard: (board) => request('POST', '/api/boards', parseBoardSummary, board),
    createToken: (token) => request('POST', '/api/tokens', parseCreatedToken, token),
  };
}
