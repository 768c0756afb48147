import { createContext, useContext } from 'react';
import type { Role } from '../api/apiTypes';
import type { BoardPerson, CommentAnchor, Thread } from '../api/commentTypes';
import type { ShapeNamer } from './anchorLabel';

/** What the panel shows: every thread, or those of one anchor, with one thread in focus. */
export interface CommentsPanelState {
  readonly open: boolean;
  /** Undefined: every thread; null: threads on the board itself; else one part's threads. */
  readonly anchor: CommentAnchor | null | undefined;
  /** The thread to scroll to and highlight (from `?thread=` or the inbox). */
  readonly focusThreadId: string | null;
}

/** Writes of the panel; each rejects with an ApiError whose message can be shown as is. */
export interface CommentActions {
  readonly createThread: (body: string, anchor: CommentAnchor | null) => Promise<void>;
  readonly reply: (threadId: string, body: string) => Promise<void>;
  readonly edit: (commentId: string, body: string) => Promise<void>;
  readonly setResolved: (threadId: string, resolved: boolean) => Promise<void>;
  readonly remove: (commentId: string) => Promise<void>;
  readonly setReaction: (commentId: string, emoji: string, on: boolean) => Promise<void>;
}

/** The board's comments, for any component inside the board page. */
export interface CommentsStore {
  readonly boardId: string;
  readonly meId: string;
  /** The person's role on this board, which decides the controls shown. */
  readonly role: Role;
  /** Oldest first, resolved ones included. */
  readonly threads: readonly Thread[];
  /** True until the first list arrived (or failed). */
  readonly loading: boolean;
  /** Why the list could not be loaded; null when it was. */
  readonly loadError: string | null;
  /** Open (unresolved) threads on `anchor` (null: the board itself). */
  readonly openCountOf: (anchor: CommentAnchor | null) => number;
  /** Every open thread of the board, whatever its anchor. */
  readonly openCount: number;
  /** People who can read the board, for mentions; null until loaded (or when unavailable). */
  readonly people: readonly BoardPerson[] | null;
  /** A name for a person id from people, authors and reactions; null when unknown. */
  readonly nameOf: (personId: string) => string | null;
  /** Lets the whiteboard name shapes while it is mounted; returns the unregister. */
  readonly registerShapeNamer: (namer: ShapeNamer) => () => void;
  readonly panel: CommentsPanelState;
  /** Opens the panel, on one anchor's threads when given, focusing `threadId` when given. */
  readonly openPanel: (options?: {
    readonly anchor?: CommentAnchor | null;
    readonly threadId?: string;
  }) => void;
  readonly closePanel: () => void;
  readonly actions: CommentActions;
}

export const CommentsContext = createContext<CommentsStore | null>(null);

/**
 * What a part's comment badge needs. A context of its own, because it changes only with the
 * threads and the role, while the whole store also changes as the panel opens and closes and
 * people load: a roadmap shows a badge on each of its thousands of cards.
 */
export type CommentBadges = Pick<CommentsStore, 'role' | 'openCountOf' | 'openPanel'>;

export const CommentBadgesContext = createContext<CommentBadges | null>(null);

/** The board's comment counts for badges; null outside a board page. */
export function useOptionalCommentBadges(): CommentBadges | null {
  return useContext(CommentBadgesContext);
}

/**
 * Open threads on `anchor`; 0 outside a board page. For a part that makes room for its badge
 * (a modifier class, not a `:has()` rule, which costs a large board a re-style of every card
 * whenever an element is added or removed).
 */
export function useOpenThreadCount(anchor: CommentAnchor): number {
  return useContext(CommentBadgesContext)?.openCountOf(anchor) ?? 0;
}

/** The board's comments; null outside a board page (kinds rendered alone, say). */
export function useOptionalComments(): CommentsStore | null {
  return useContext(CommentsContext);
}

/** The board's comments; only for components inside CommentsProvider. */
export function useComments(): CommentsStore {
  const store = useContext(CommentsContext);
  if (store === null) throw new Error('useComments must be used inside <CommentsProvider>.');
  return store;
}
