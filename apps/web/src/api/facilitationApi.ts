import type { Ballot } from '@cairn/model';
import { ApiError } from './ApiError';
import { sendWithToken as send } from './requestJson';
import { boardApiPath, ignoreBody } from './apiPaths';

/**
 * The REST calls of canvas facilitation (timer, dot voting, facilitators). The shared state they
 * change (who facilitates, the timer, the vote and its results) reaches every client through the
 * board's document, so these calls parse only what the document does not carry: the server's
 * clock and the caller's own ballot. Every function rejects with an ApiError.
 */

/** What GET /api/boards/:id/facilitation tells only the caller. */
export interface MyFacilitation {
  /** The server's clock (ms since the epoch) when it answered, to estimate the clock offset. */
  readonly serverTime: number;
  /** The caller's dots in the open vote; null when no vote is open or they may not vote. */
  readonly ballot: Ballot | null;
}

/** Someone who facilitates, named as the server will show them to others. */
export interface FacilitatorRequest {
  readonly id: string;
  readonly name: string;
}

function fail(what: string): never {
  throw new ApiError(0, `The server sent an unexpected ${what}. Is the server up to date?`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

function count(value: unknown, what: string): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value
    : fail(what);
}

function parseBallot(value: unknown): Ballot {
  const dots: Record<string, number> = {};
  for (const [shapeId, placed] of Object.entries(record(value, 'ballot'))) {
    dots[shapeId] = count(placed, 'number of dots');
  }
  return dots;
}

function parseMyFacilitation(value: unknown): MyFacilitation {
  const body = record(value, 'facilitation state');
  const me = record(body['me'], 'facilitation state');
  return {
    serverTime: count(body['serverTime'], 'server time'),
    ballot: me['ballot'] === null ? null : parseBallot(me['ballot']),
  };
}

/** The ballot the server kept after PUT …/ballot (it also says `dotsLeft`, which follows). */
function parseAcceptedBallot(value: unknown): Ballot {
  return parseBallot(record(value, 'ballot')['ballot']);
}

const votePath = (boardId: string, voteId: string) =>
  `${boardApiPath(boardId)}/votes/${encodeURIComponent(voteId)}`;

/** The caller's view of facilitation on board `boardId`: the server clock and their ballot. */
export function fetchMyFacilitation(
  token: string,
  boardId: string,
  signal?: AbortSignal,
): Promise<MyFacilitation> {
  return send(
    token,
    'GET',
    `${boardApiPath(boardId)}/facilitation`,
    parseMyFacilitation,
    undefined,
    signal,
  );
}

/** Makes `person` a facilitator of the board (admins only). */
export function addFacilitator(
  token: string,
  boardId: string,
  person: FacilitatorRequest,
): Promise<void> {
  return send(
    token,
    'PUT',
    `${boardApiPath(boardId)}/facilitators/${encodeURIComponent(person.id)}`,
    ignoreBody,
    { name: person.name },
  );
}

/** Starts (or restarts) the shared timer for `durationSeconds` (facilitators only). */
export function startTimer(token: string, boardId: string, durationSeconds: number): Promise<void> {
  return send(token, 'POST', `${boardApiPath(boardId)}/timer`, ignoreBody, { durationSeconds });
}

/** Stops and clears the shared timer (facilitators only). */
export function stopTimer(token: string, boardId: string): Promise<void> {
  return send(token, 'DELETE', `${boardApiPath(boardId)}/timer`, ignoreBody);
}

/** Opens a dot vote with `budget` dots per person (facilitators only). */
export function openVote(token: string, boardId: string, budget: number): Promise<void> {
  return send(token, 'POST', `${boardApiPath(boardId)}/votes`, ignoreBody, { budget });
}

/** Replaces the caller's whole ballot in vote `voteId` (commenters and up); the kept ballot. */
export function castBallot(
  token: string,
  boardId: string,
  voteId: string,
  dots: Ballot,
): Promise<Ballot> {
  return send(token, 'PUT', `${votePath(boardId, voteId)}/ballot`, parseAcceptedBallot, { dots });
}

/** Writes the totals of vote `voteId` into the document for everyone (facilitators only). */
export function revealVote(token: string, boardId: string, voteId: string): Promise<void> {
  return send(token, 'POST', `${votePath(boardId, voteId)}/reveal`, ignoreBody);
}

/** Ends vote `voteId` and clears it from the board (facilitators only). */
export function endVote(token: string, boardId: string, voteId: string): Promise<void> {
  return send(token, 'DELETE', `${votePath(boardId, voteId)}`, ignoreBody);
}
