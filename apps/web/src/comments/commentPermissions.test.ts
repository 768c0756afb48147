import { describe, expect, it } from 'vitest';
import type { Comment, Thread } from '../api/commentTypes';
import { canComment, canDeleteComment, canEditComment, canResolve } from './commentPermissions';

const comment = (authorId: string, deleted = false): Comment => ({
  id: 'c_1',
  author: { id: authorId, name: authorId },
  body: deleted ? '' : 'hi',
  mentions: [],
  createdAt: 1,
  editedAt: null,
  deleted,
  reactions: [],
});

const thread = (authorId: string): Thread => ({
  id: 'c_1',
  boardId: 'b',
  anchor: null,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  createdAt: 1,
  comments: [comment(authorId)],
});

describe('comment permissions', () => {
  it('lets commenters and up write, viewers only read', () => {
    expect(canComment('viewer')).toBe(false);
    expect(canComment('commenter')).toBe(true);
    expect(canComment('editor')).toBe(true);
  });

  it('lets editors resolve any thread and commenters only their own', () => {
    expect(canResolve('editor', thread('u_other'), 'u_me')).toBe(true);
    expect(canResolve('commenter', thread('u_me'), 'u_me')).toBe(true);
    expect(canResolve('commenter', thread('u_other'), 'u_me')).toBe(false);
    expect(canResolve('viewer', thread('u_me'), 'u_me')).toBe(false);
  });

  it('lets authors edit, and authors or admins delete, comments not yet deleted', () => {
    expect(canEditComment('commenter', comment('u_me'), 'u_me')).toBe(true);
    expect(canEditComment('admin', comment('u_other'), 'u_me')).toBe(false);
    expect(canEditComment('viewer', comment('u_me'), 'u_me')).toBe(false);
    expect(canDeleteComment('admin', comment('u_other'), 'u_me')).toBe(true);
    expect(canDeleteComment('editor', comment('u_other'), 'u_me')).toBe(false);
    expect(canDeleteComment('commenter', comment('u_me', true), 'u_me')).toBe(false);
  });
});
