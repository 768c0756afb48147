import type { Role } from '../api/apiTypes';
import type { Comment, Thread } from '../api/commentTypes';

/**
 * What the page offers each person (docs/comments.md). The server enforces the same rules; these
 * only hide controls that would be refused.
 */

/** Commenters and up write comments, replies and reactions; viewers only read. */
export function canComment(role: Role): boolean {
  return role !== 'viewer';
}

/** Editors resolve and reopen any thread; commenters only the threads they started. */
export function canResolve(role: Role, thread: Thread, meId: string): boolean {
  if (role === 'editor' || role === 'admin') return true;
  return role === 'commenter' && thread.comments[0]?.author.id === meId;
}

/** Only a comment's author changes its body. */
export function canEditComment(role: Role, comment: Comment, meId: string): boolean {
  return canComment(role) && !comment.deleted && comment.author.id === meId;
}

/** The author deletes their comment; a board admin deletes anyone's. */
export function canDeleteComment(role: Role, comment: Comment, meId: string): boolean {
  if (comment.deleted) return false;
  return role === 'admin' || (canComment(role) && comment.author.id === meId);
}
