import type { BoardKind } from '@cairn/model';
import { ApiError } from '../api/ApiError';
import { requestJson } from '../api/requestJson';

/** One end of a link as the server resolves it: current names, or gone once deleted. */
export interface LinkEnd {
  readonly boardId: string;
  readonly boardTitle: string | null;
  readonly boardKind: string | null;
  /** Null for a link to a whole board (a release's launch plan). */
  readonly itemId: string | null;
  readonly itemTitle: string | null;
  readonly gone: boolean;
}

/** A link pointing at an entry (or its board), with the root map of the entry it comes from. */
export interface IncomingLink extends LinkEnd {
  readonly collection: string;
}

/** The links of one entry, both ways, from `GET /api/boards/:id/links`. */
export interface EntryLinks {
  readonly collection: string;
  readonly id: string;
  readonly outgoing: readonly LinkEnd[];
  readonly incoming: readonly IncomingLink[];
}

/** What `GET /api/boards/:id/links` answers. */
export interface BoardLinks {
  /** Links to the whole board. */
  readonly incoming: readonly IncomingLink[];
  readonly entries: readonly EntryLinks[];
}

/** A search hit of `GET /api/entries`, something a link can point at. */
export type LinkCandidate = Omit<LinkEnd, 'gone'>;

function fail(what: string): never {
  throw new ApiError(0, `The server sent an unexpected ${what}. Is the server up to date?`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

function array(value: unknown, what: string): unknown[] {
  return Array.isArray(value) ? value : fail(what);
}

function text(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what);
}

function textOrNull(value: unknown, what: string): string | null {
  return value === null ? null : text(value, what);
}

function parseCandidate(value: unknown): LinkCandidate {
  const body = record(value, 'link');
  return {
    boardId: text(body['boardId'], 'link board'),
    boardTitle: textOrNull(body['boardTitle'], 'link board title'),
    boardKind: textOrNull(body['boardKind'], 'link board kind'),
    itemId: textOrNull(body['itemId'], 'link item'),
    itemTitle: textOrNull(body['itemTitle'], 'link item title'),
  };
}

function parseEnd(value: unknown): LinkEnd {
  const gone = record(value, 'link')['gone'];
  return { ...parseCandidate(value), gone: typeof gone === 'boolean' ? gone : fail('link state') };
}

function parseIncoming(value: unknown): IncomingLink {
  return {
    ...parseEnd(value),
    collection: text(record(value, 'link')['collection'], 'link collection'),
  };
}

function parseBoardLinks(value: unknown): BoardLinks {
  const body = record(value, 'list of links');
  return {
    incoming: array(body['incoming'], 'list of links').map(parseIncoming),
    entries: array(body['entries'], 'list of links').map((entry) => {
      const fields = record(entry, 'entry');
      return {
        collection: text(fields['collection'], 'entry collection'),
        id: text(fields['id'], 'entry id'),
        outgoing: array(fields['outgoing'], 'links').map(parseEnd),
        incoming: array(fields['incoming'], 'links').map(parseIncoming),
      };
    }),
  };
}

function getJson<T>(
  token: string,
  path: string,
  parse: (value: unknown) => T,
  signal: AbortSignal,
): Promise<T> {
  return requestJson({ token }, 'GET', path, parse, undefined, signal);
}

/** Every entry of board `boardId` with its links both ways, with current names. */
export function fetchBoardLinks(
  token: string,
  boardId: string,
  signal: AbortSignal,
): Promise<BoardLinks> {
  return getJson(
    token,
    `/api/boards/${encodeURIComponent(boardId)}/links`,
    parseBoardLinks,
    signal,
  );
}

/** Entries (launch: boards) of `kind` whose title contains `query`, for the link picker. */
export function searchLinkCandidates(
  token: string,
  kind: BoardKind,
  query: string,
  signal: AbortSignal,
): Promise<LinkCandidate[]> {
  const params = new URLSearchParams({ kind, q: query });
  return getJson(
    token,
    `/api/entries?${params.toString()}`,
    (value) => array(value, 'list of entries').map(parseCandidate),
    signal,
  );
}
