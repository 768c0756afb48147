/** Parsers of the core REST answers (see jsonShape for the checks and why they exist). */
import type { BoardSummary, ClientConfig, Me, PrincipalKind } from './apiTypes';
import { fail, number, optionalRole, record, string, type Parser } from './jsonShape';

const PRINCIPAL_KINDS: readonly PrincipalKind[] = ['user', 'token', 'guest'];

export const parseMe: Parser<Me> = (value) => {
  const body = record(value, 'account');
  return {
    id: string(body['id'], 'account id'),
    name: string(body['name'], 'account name'),
    kind: PRINCIPAL_KINDS.find((kind) => kind === body['kind']) ?? fail('kind of account'),
    ...(typeof body['email'] === 'string' ? { email: body['email'] } : {}),
    role: optionalRole(body['role'], 'role'),
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

export const parseClientConfig: Parser<ClientConfig> = (value) => {
  const body = record(value, 'configuration');
  const key = body['tldrawLicenseKey'];
  return { tldrawLicenseKey: key === null ? null : string(key, 'tldraw licence key') };
};
