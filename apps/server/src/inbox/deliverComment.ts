import type { Access } from '../auth/Access.js';
import type { CommentServices } from '../comments/createCommentServices.js';
import { showMentions } from '../comments/parseMentions.js';
import type { PersonRef } from '../comments/ThreadView.js';
import type { InboxItemKind, NewInboxItem } from './InboxStore.js';

/** Longest inbox excerpt, in code points; longer bodies end with an ellipsis. */
export const EXCERPT_LENGTH = 200;

/** A comment just written or edited, as the inbox needs it. */
export interface WrittenComment {
  readonly boardId: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly author: PersonRef;
  readonly body: string;
  /** The people it mentions who can read the board. */
  readonly mentions: readonly string[];
  readonly at: number;
}

/** The start of `body` on one line, with mentions shown as `@Name`. */
function excerptOf(body: string, boardId: string, access: Access): string {
  const names = new Map(
    body.includes('<@') ? access.peopleOn(boardId).map((person) => [person.id, person.name]) : [],
  );
  const text = showMentions(body, names).replace(/\s+/gu, ' ');
  const characters = [...text];
  return characters.length <= EXCERPT_LENGTH
    ? text
    : `${characters.slice(0, EXCERPT_LENGTH - 1).join('')}…`;
}

function itemFor(
  comment: WrittenComment,
  person: string,
  kind: InboxItemKind,
  excerpt: string,
): NewInboxItem {
  return {
    person,
    kind,
    boardId: comment.boardId,
    threadId: comment.threadId,
    commentId: comment.commentId,
    by: comment.author,
    excerpt,
    createdAt: comment.at,
  };
}

/**
 * Everything a new comment (a thread's first or a reply) sets off: its author and each person it
 * mentions follow the board, it counts as activity on the board, each person it mentions gets a
 * mention item, and everyone else who wrote in the thread and can still read the board gets a reply
 * item. One item per person: a mention wins over a reply. Nobody gets one for their own comment.
 */
export function deliverNewComment(
  services: CommentServices,
  access: Access,
  comment: WrittenComment,
): void {
  const { boardId, author } = comment;
  const mentioned = comment.mentions.filter((person) => person !== author.id);
  // Edits gathered so far are written first, so the follows below start after them; the follows
  // come before the comment is recorded, so for the people it mentions the comment is news.
  services.editActivity.flush(boardId);
  services.follows.autoFollow(author.id, boardId);
  for (const person of mentioned) services.follows.autoFollow(person, boardId);
  services.activity.addComment(boardId, author.id, author.name, comment.at);
  const repliedTo = services.threads
    .participants(comment.threadId)
    .filter(
      (person) =>
        person !== author.id &&
        !mentioned.includes(person) &&
        access.roleOfPerson(person, boardId) !== null,
    );
  const excerpt = excerptOf(comment.body, boardId, access);
  services.inbox.add([
    ...mentioned.map((person) => itemFor(comment, person, 'mention', excerpt)),
    ...repliedTo.map((person) => itemFor(comment, person, 'reply', excerpt)),
  ]);
}

/**
 * What editing a comment's body sets off: the items about it show the new text, and people
 * mentioned for the first time get a mention item and follow the board.
 */
export function deliverEditedComment(
  services: CommentServices,
  access: Access,
  comment: WrittenComment,
): void {
  const excerpt = excerptOf(comment.body, comment.boardId, access);
  services.inbox.setExcerpt(comment.commentId, excerpt);
  const already = services.inbox.mentionedIn(comment.commentId);
  const newly = comment.mentions.filter(
    (person) => person !== comment.author.id && !already.has(person),
  );
  for (const person of newly) services.follows.autoFollow(person, comment.boardId);
  services.inbox.add(newly.map((person) => itemFor(comment, person, 'mention', excerpt)));
}
