import type { BoardView } from '@cairn/model';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../api/apiTypes';
import {
  createThread,
  deleteComment,
  editComment,
  recordVisit,
  replyToThread,
  setReaction,
  setThreadResolved,
} from '../api/commentsApi';
import type { CommentAnchor } from '../api/commentTypes';
import { useSession } from '../auth/useSession';
import type { SyncStatus } from '../sync/deriveSyncStatus';
import type { StatelessChannel } from '../sync/StatelessChannel';
import { anchorLabel, type AnchorLabelOf, type ShapeNamer } from './anchorLabel';
import {
  CommentBadgesContext,
  CommentsContext,
  type CommentActions,
  type CommentBadges,
  type CommentsPanelState,
  type CommentsStore,
} from './CommentsContext';
import { CommentsPanel } from './CommentsPanel';
import { anchorKey, countOpenThreads } from './threadList';
import { useBoardPeople } from './useBoardPeople';
import { useBoardThreads } from './useBoardThreads';

interface CommentsProviderProps {
  readonly boardId: string;
  /** The board as plain values, to name anchors. */
  readonly view: BoardView;
  /** The person's role on this board. */
  readonly role: Role;
  readonly stateless: StatelessChannel | null;
  readonly status: SyncStatus;
  readonly children: ReactNode;
}

const CLOSED: CommentsPanelState = { open: false, anchor: undefined, focusThreadId: null };

/**
 * The board's comments for everything inside the board page, and the comments panel beside it.
 * Records the visit when the board opens, and opens the panel on `?thread=<id>` (inbox links).
 */
export function CommentsProvider({
  boardId,
  view,
  role,
  stateless,
  status,
  children,
}: CommentsProviderProps) {
  const { token, me } = useSession();
  const online = status === 'saving' || status === 'saved';
  const list = useBoardThreads(token, boardId, stateless, online);
  const [panel, setPanel] = useState<CommentsPanelState>(CLOSED);
  const people = useBoardPeople(token, boardId, panel.open);
  const [shapeNamer, setShapeNamer] = useState<{ readonly name: ShapeNamer } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [searchParams] = useSearchParams();
  const threadParam = searchParams.get('thread');

  useEffect(() => {
    // "Since your last visit" only; a failed record is not worth telling the person about.
    recordVisit(token, boardId).catch(() => undefined);
  }, [token, boardId]);

  // `?thread=<id>` (from the inbox) opens the panel on that thread, once per address.
  const [threadShown, setThreadShown] = useState<string | null>(null);
  if (threadParam !== null && threadParam !== '' && threadParam !== threadShown) {
    setThreadShown(threadParam);
    setPanel({ open: true, anchor: undefined, focusThreadId: threadParam });
  }

  const openPanel = useCallback<CommentsStore['openPanel']>((options = {}) => {
    if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    setPanel({ open: true, anchor: options.anchor, focusThreadId: options.threadId ?? null });
  }, []);

  const closePanel = useCallback(() => {
    setPanel(CLOSED);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  }, []);

  const registerShapeNamer = useCallback((name: ShapeNamer) => {
    setShapeNamer({ name });
    return () => setShapeNamer((current) => (current?.name === name ? null : current));
  }, []);

  const { refresh, applyThread } = list;
  const actions = useMemo<CommentActions>(
    () => ({
      createThread: async (body: string, anchor: CommentAnchor | null) => {
        await createThread(token, boardId, body, anchor);
        await refresh();
      },
      reply: async (threadId, body) => {
        await replyToThread(token, boardId, threadId, body);
        await refresh();
      },
      edit: async (commentId, body) =>
        applyThread(await editComment(token, boardId, commentId, body)),
      // A thread's id is its first comment's id, which PATCH takes.
      setResolved: async (threadId, resolved) =>
        applyThread(await setThreadResolved(token, boardId, threadId, resolved)),
      remove: async (commentId) => {
        await deleteComment(token, boardId, commentId);
        await refresh();
      },
      setReaction: async (commentId, emoji, on) =>
        applyThread(await setReaction(token, boardId, commentId, emoji, on)),
    }),
    [token, boardId, refresh, applyThread],
  );

  const names = useMemo(() => {
    const byId = new Map<string, string>([[me.id, me.name]]);
    for (const thread of list.threads) {
      for (const comment of thread.comments) {
        byId.set(comment.author.id, comment.author.name);
        for (const reaction of comment.reactions) {
          for (const person of reaction.people) byId.set(person.id, person.name);
        }
      }
    }
    for (const person of people ?? []) byId.set(person.id, person.name);
    return byId;
  }, [list.threads, people, me.id, me.name]);

  const counts = useMemo(() => countOpenThreads(list.threads), [list.threads]);
  const openCountOf = useCallback<CommentsStore['openCountOf']>(
    (anchor) => counts.get(anchorKey(anchor)) ?? 0,
    [counts],
  );
  const badges = useMemo<CommentBadges>(
    () => ({ role, openCountOf, openPanel }),
    [role, openCountOf, openPanel],
  );

  // Beside the store, not in it: the store would change with every board edit, and React then
  // looks through the whole board for its readers (thousands of roadmap cards) each time.
  const labelOf = useCallback<AnchorLabelOf>(
    (anchor) => anchorLabel(anchor, view, shapeNamer?.name ?? null),
    [view, shapeNamer],
  );

  const store = useMemo<CommentsStore>(
    () => ({
      boardId,
      meId: me.id,
      role,
      threads: list.threads,
      loading: list.loading,
      loadError: list.loadError,
      openCountOf,
      openCount: list.threads.filter((thread) => !thread.resolved).length,
      people,
      nameOf: (personId) => names.get(personId) ?? null,
      registerShapeNamer,
      panel,
      openPanel,
      closePanel,
      actions,
    }),
    [
      boardId,
      me.id,
      role,
      list.threads,
      list.loading,
      list.loadError,
      openCountOf,
      people,
      names,
      registerShapeNamer,
      panel,
      openPanel,
      closePanel,
      actions,
    ],
  );

  return (
    <CommentsContext.Provider value={store}>
      <CommentBadgesContext.Provider value={badges}>
        {children}
        {panel.open && <CommentsPanel labelOf={labelOf} />}
      </CommentBadgesContext.Provider>
    </CommentsContext.Provider>
  );
}
