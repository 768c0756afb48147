import { SHAREABLE_ROLES, type Role, type ShareableRole } from './apiTypes';
import type { BoardMember, CreatedShareLink, ShareLink, WorkspaceMember } from './accessTypes';
import {
  fail,
  list,
  optionalRole,
  optionalTime,
  record,
  role,
  string,
  time,
  type Parser,
} from './jsonShape';

function shareableRole(value: unknown): ShareableRole {
  return SHAREABLE_ROLES.find((known) => known === value) ?? fail('role of a share link');
}

/** `{role}` of GET /api/boards/:id/role. */
export const parseBoardRole: Parser<Role> = (value) =>
  role(record(value, 'board role')['role'], 'board role');

export const parseWorkspaceMember: Parser<WorkspaceMember> = (value) => {
  const body = record(value, 'member');
  return {
    id: string(body['id'], 'member id'),
    name: string(body['name'], 'member name'),
    email: string(body['email'], 'member email'),
    role: optionalRole(body['role'], 'workspace role'),
    createdAt: time(body['createdAt'], 'member creation time'),
  };
};

export const parseWorkspaceMembers: Parser<WorkspaceMember[]> = (value) =>
  list(value, 'member list').map(parseWorkspaceMember);

export const parseBoardMember: Parser<BoardMember> = (value) => {
  const body = record(value, 'board member');
  return {
    userId: string(body['userId'], 'board member id'),
    name: string(body['name'], 'board member name'),
    email: body['email'] === null ? null : string(body['email'], 'board member email'),
    role: role(body['role'], 'board member role'),
  };
};

export const parseBoardMembers: Parser<BoardMember[]> = (value) =>
  list(value, 'board member list').map(parseBoardMember);

export const parseShareLink: Parser<ShareLink> = (value) => {
  const body = record(value, 'share link');
  const creator = record(body['createdBy'], 'creator of a share link');
  const label = body['label'];
  return {
    id: string(body['id'], 'share link id'),
    role: shareableRole(body['role']),
    label: label === null || label === undefined ? null : string(label, 'share link label'),
    createdBy: {
      id: string(creator['id'], 'creator of a share link'),
      name: string(creator['name'], 'creator of a share link'),
    },
    createdAt: time(body['createdAt'], 'share link creation time'),
    expiresAt: optionalTime(body['expiresAt'], 'share link expiry'),
    revokedAt: optionalTime(body['revokedAt'], 'share link revocation time'),
  };
};

export const parseShareLinks: Parser<ShareLink[]> = (value) =>
  list(value, 'share link list').map(parseShareLink);

export const parseCreatedShareLink: Parser<CreatedShareLink> = (value) => {
  const body = record(value, 'share link');
  return {
    ...parseShareLink(value),
    secret: string(body['secret'], 'share link secret'),
    url: string(body['url'], 'share link URL'),
  };
};
