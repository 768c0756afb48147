/** Someone as comments show them: their id and their name when they acted. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** What a thread hangs on: an entry of the board's document, a canvas shape, or (null) the board. */
export type Anchor =
  /** A key of the document's `items` or `releases` map: roadmap item, persona, task, goal… */
  | { readonly type: 'item'; readonly id: string }
  /** A tldraw shape id (`shape:…`) in a canvas board's records. */
  | { readonly type: 'shape'; readonly id: string };

/** The people who reacted to a comment with one emoji, first reactor first. */
export interface ReactionView {
  readonly emoji: string;
  readonly people: readonly PersonRef[];
}

/** One comment as the API and live messages show it (docs/comments.md). */
export interface CommentView {
  readonly id: string;
  readonly author: PersonRef;
  /** Plain text; '' once deleted. */
  readonly body: string;
  /** Ids of the people mentioned who could read the board. */
  readonly mentions: readonly string[];
  readonly createdAt: number;
  readonly editedAt: number | null;
  /** A deleted comment keeps its place (empty) while later comments of its thread exist. */
  readonly deleted: boolean;
  readonly reactions: readonly ReactionView[];
}

/** One thread as the API and live messages show it (docs/comments.md). */
export interface ThreadView {
  /** = the id of its first comment. */
  readonly id: string;
  readonly boardId: string;
  readonly anchor: Anchor | null;
  readonly resolved: boolean;
  readonly resolvedBy: PersonRef | null;
  readonly resolvedAt: number | null;
  readonly createdAt: number;
  /** Oldest first. */
  readonly comments: readonly CommentView[];
}
