import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import {
  parseBoardRole,
  parseCreatedShareLink,
  parseWorkspaceMembers,
} from './parseAccessResponse';
import { parseMe } from './parseApiResponse';

describe('parseMe', () => {
  it('reads a user with an email and a workspace role', () => {
    expect(
      parseMe({
        id: 'u_1',
        name: 'Ana',
        kind: 'user',
        email: 'ana@example.com',
        role: 'admin',
        color: '#123456',
      }),
    ).toEqual({
      id: 'u_1',
      name: 'Ana',
      kind: 'user',
      email: 'ana@example.com',
      role: 'admin',
      color: '#123456',
    });
  });

  it('reads a guest without an email or a workspace role', () => {
    expect(
      parseMe({
        id: 'link:l1',
        name: 'Board (guest)',
        kind: 'guest',
        role: null,
        color: '#abcdef',
      }),
    ).toEqual({
      id: 'link:l1',
      name: 'Board (guest)',
      kind: 'guest',
      role: null,
      color: '#abcdef',
    });
  });

  it('refuses an unknown kind with a readable error', () => {
    expect(() => parseMe({ id: 'x', name: 'x', kind: 'robot', role: null, color: '#000' })).toThrow(
      ApiError,
    );
  });
});

describe('access answers', () => {
  it('reads a created share link, with times as numbers or ISO strings', () => {
    const link = parseCreatedShareLink({
      id: 'l1',
      role: 'commenter',
      label: 'Exec review',
      createdBy: { id: 'u_1', name: 'Ana' },
      createdAt: 1_700_000_000_000,
      expiresAt: '2026-12-03T23:59:59.999Z',
      revokedAt: null,
      secret: 'cairnlink_s',
      url: '/b/b1#link=cairnlink_s',
    });
    expect(link).toMatchObject({
      role: 'commenter',
      label: 'Exec review',
      expiresAt: Date.UTC(2026, 11, 3, 23, 59, 59, 999),
      revokedAt: null,
      secret: 'cairnlink_s',
    });
  });

  it('refuses a link that claims the admin role', () => {
    expect(() =>
      parseCreatedShareLink({
        id: 'l1',
        role: 'admin',
        label: null,
        createdBy: { id: 'u_1', name: 'Ana' },
        createdAt: 1,
        expiresAt: null,
        revokedAt: null,
        secret: 's',
        url: 'u',
      }),
    ).toThrow(ApiError);
  });

  it('reads workspace members without a role and the role on a board', () => {
    expect(
      parseWorkspaceMembers([
        { id: 'u_2', name: 'Bob', email: 'bob@example.com', role: null, createdAt: 5 },
      ]),
    ).toEqual([{ id: 'u_2', name: 'Bob', email: 'bob@example.com', role: null, createdAt: 5 }]);
    expect(parseBoardRole({ role: 'editor' })).toBe('editor');
    expect(() => parseBoardRole({ role: null })).toThrow(ApiError);
  });
});
