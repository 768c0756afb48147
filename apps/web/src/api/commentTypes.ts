/** Types of comments, people and the inbox, as docs/comments.md and docs/access.md define them. */

/** Someone named in a comment, a reaction or the inbox: a user or a token. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** What a thread is about: a part of the board, or the whole board when the anchor is null. */
export type CommentAnchor =
  { readonly type: 'item'; readonly id: string } | { readonly type: 'shape'; readonly id: string };

/** The emoji people may react with; the server refuses any other. */
export const REACTION_EMOJIS = ['👍', '❤️', '🎉', '😄', '👀', '🚀'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJIS)[number];

export interface Reaction {
  readonly emoji: string;
  /** Everyone who reacted with it, at most once each. */
  readonly people: readonly PersonRef[];
}

export interface Comment {
  readonly id: string;
  readonly author: PersonRef;
  /** Plain text; `<@personId>` marks a mention. Empty once deleted. */
  readonly body: string;
  /** Ids of the people mentioned who can read the board. */
  readonly mentions: readonly string[];
  readonly createdAt: number;
  readonly editedAt: number | null;
  /** A deleted comment keeps its place (with an empty body) while replies follow it. */
  readonly deleted: boolean;
  readonly reactions: readonly Reaction[];
}

export interface Thread {
  /** The id of its first comment. */
  readonly id: string;
  readonly boardId: string;
  readonly anchor: CommentAnchor | null;
  readonly resolved: boolean;
  readonly resolvedBy: PersonRef | null;
  readonly resolvedAt: number | null;
  readonly createdAt: number;
  /** Oldest first; the first one opened the thread. */
  readonly comments: readonly Comment[];
}

/** Someone who can read the board, offered by the mention autocomplete. */
export interface BoardPerson extends PersonRef {
  /** `user` or `token`; shown as a hint only. */
  readonly kind: string;
}

export type InboxItemKind = 'mention' | 'reply';

export interface InboxItem {
  readonly id: string;
  readonly kind: InboxItemKind;
  readonly boardId: string;
  readonly boardTitle: string;
  readonly threadId: string;
  readonly commentId: string;
  readonly by: PersonRef;
  readonly excerpt: string;
  readonly createdAt: number;
  readonly read: boolean;
}

export interface Inbox {
  readonly unread: number;
  /** Newest first, at most 100. */
  readonly items: readonly InboxItem[];
}

/** A followed board that others changed since the caller's last visit. */
export interface BoardChanges {
  readonly boardId: string;
  readonly title: string;
  readonly kind: string;
  readonly lastVisitAt: number | null;
  /** Document updates by others since the last visit. */
  readonly edits: number;
  /** Comments by others since the last visit. */
  readonly comments: number;
  readonly people: readonly PersonRef[];
  readonly lastChangeAt: number;
}
