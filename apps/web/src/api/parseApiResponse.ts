import { ApiError } from './ApiError';
import {
  ROLES,
  type BoardSummary,
  type ClientConfig,
  type CreatedToken,
  type Me,
  type Role,
} from './apiTypes';

/**
 * Checks JSON the server sent against the shape the client relies on, so a server of another
 * version fails with a readable message instead of a crash deep in a component.
 */
type Parser<T> = (value: unknown) => T;

function fail(what: string): never {
  throw new ApiError(0, `The server sent an unexpected ${what}. Is the server up to date?`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what);
  return value as Record<string, unknown>;
}

function string(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what);
}

function number(value: unknown, what: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(what);
}

function role(value: unknown, what: string): Role {
  return ROLES.find((known) => known === value) ?? fail(what);
}

export const parseMe: Parser<Me> = (value) => {
  const body = record(value, 'account');
  return {
    id: string(body['id'], 'account id'),
    name: string(body['name'], 'account name'),
    role: role(body['role'], 'role'),
    color: string(body['color'], 'account color'),
  };
};

export const parseBoardSummary: Parser<BoardSummary> = (value) => {
  const body = record(value, 'board');
  return {
    id: string(body['id'], 'board id'),
    title: string(body['title'], 'board title'),
    kind: string(body['kind'], 'board kind'),
    createdAt: number(body['createdAt'], 'board creation time'),
    updatedAt: number(body['updatedAt'], 'board update time'),
  };
};

export const parseBoardSummaries: Parser<BoardSummary[]> = (value) => {
  if (!Array.isArray(value)) fail('board list');
  return value.map(parseBoardSummary);
};

export const parseCreatedToken: Parser<CreatedToken> = (value) => {
  const body = record(value, 'token');
  return {
    id: string(body['id'], 'token id'),
    name: string(body['name'], 'token name'),
    role: role(body['role'], 'token role'),
    token: string(body['token'], 'token secret'),
  };
};

export const parseClientConfig: Parser<ClientConfig> = (value) => {
  const body = record(value, 'configuration');
  const key = body['tldrawLicenseKey'];
  return { tldrawLicenseKey: key === null ? null : string(key, 'tldraw licence key') };
};
