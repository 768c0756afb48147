import { Link, useParams } from 'react-router';
import { createBoardReader, SCHEMA_VERSION, type BoardView } from '@cairn/model';
import { ROLES, type Role } from '../api/apiTypes';
import { canEdit } from '../auth/canEdit';
import { useBoardRole } from '../auth/useBoardRole';
import { useSession } from '../auth/useSession';
import { rememberOpenedBoard } from '../offline/rememberedSession';
import { CommentsProvider } from '../comments/CommentsProvider';
import { useBoardDocument } from '../sync/useBoardDocument';
import { usePresence } from '../sync/usePresence';
import { FullPageMessage } from '../ui/FullPageMessage';
import { SyncStatusIndicator } from '../ui/SyncStatusIndicator';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useBoardUndo } from '../undo/useBoardUndo';
import { BoardChromeContext, type BoardChrome } from './BoardChromeContext';
import type { BoardProps } from './BoardProps';
import { describeBoardRefusal } from './describeBoardRefusal';
import { localUserContext } from './localUserContext';
import './roadmap/roadmap.css';
import { useDocView } from './useDocView';

// Each kind's page loads on demand, so opening a roadmap never waits for the launch plan's code.
const RoadmapBoard = lazy(() =>
  import('./roadmap/RoadmapBoard').then((module) => ({ default: module.RoadmapBoard })),
);
const StrategyBoard = lazy(() =>
  import('./strategy/StrategyBoard').then((module) => ({ default: module.StrategyBoard })),
);
const PersonasBoard = lazy(() =>
  import('./personas/PersonasBoard').then((module) => ({ default: module.PersonasBoard })),
);
const LaunchBoard = lazy(() =>
  import('./launch/LaunchBoard').then((module) => ({ default: module.LaunchBoard })),
);
const CanvasBoard = lazy(() =>
  import('./canvas/CanvasBoard').then((module) => ({ default: module.CanvasBoard })),
);

/** The page of one board kind, with the board's comments around it. */
function KindBoard(props: BoardProps & { readonly view: BoardView }) {
  return (
    <CommentsProvider
      boardId={props.boardId}
      view={props.view}
      role={props.role}
      stateless={props.stateless}
      status={props.status}
    >
      <KindPage {...props} />
    </CommentsProvider>
  );
}

/** The page of one board kind. */
function KindPage({ view, ...props }: BoardProps & { readonly view: BoardView }) {
  switch (view.kind) {
    case 'roadmap':
      return <RoadmapBoard {...props} view={view} />;
    case 'strategy':
      return <StrategyBoard {...props} />;
    case 'personas':
      return <PersonasBoard {...props} />;
    case 'launch':
      return <LaunchBoard {...props} />;
    case 'canvas':
      return <CanvasBoard {...props} />;
  }
}

/** Reads the open board after each change, reading again only the items the change touched. */
const readBoardView = createBoardReader();

/** A role stored with the cached copy, if it still names one. */
function roleOf(stored: string | null): Role | null {
  return ROLES.find((role) => role === stored) ?? null;
}

/**
 * Route `/b/:id`: connects to the board, asks the person's role on it (again after every
 * reconnect, since a role change closes the socket), and shows its kind's page once the first
 * sync is done, or at once from this browser's cached copy (with the role stored beside it)
 * when the server cannot be reached. Access that ends while the board is open replaces it with a
 * page that says so, and deletes the cached copy.
 */
export function BoardPage() {
  const { id = '' } = useParams();
  const { token, me, api, offline } = useSession();
  const board = useBoardDocument(id, token, me.id);
  const asked = useBoardRole(api, id, board.authentications);
  const presence = usePresence(board.provider);
  const view = useDocView(board.doc, readBoardView);

  // Unreachable (status 0) with a cached copy: the role it was last opened with stands in.
  const cachedRole = roleOf(board.cachedRole);
  const role =
    asked.state.kind === 'failed' && asked.state.status === 0 && cachedRole !== null
      ? { ...asked, state: { kind: 'known' as const, role: cachedRole } }
      : asked;
  const notFound = asked.state.kind === 'failed' && asked.state.status === 404;
  const { rememberRole, forgetCache } = board;
  const knownRole = asked.state.kind === 'known' ? asked.state.role : null;
  useEffect(() => {
    if (knownRole !== null) rememberRole(knownRole);
  }, [knownRole, rememberRole]);
  useEffect(() => {
    if (notFound) forgetCache();
  }, [notFound, forgetCache]);
  // Listed on the home page when it opens offline, even if it never loaded online here.
  const openKind = view?.kind;
  const openTitle = view?.title;
  useEffect(() => {
    if (offline || knownRole === null || openKind === undefined || openTitle === undefined) {
      return;
    }
    rememberOpenedBoard(token, me, { id, kind: openKind, title: openTitle });
  }, [offline, knownRole, token, me, id, openKind, openTitle]);

  const readOnly =
    role.state.kind !== 'known' ||
    !canEdit(role.state.role) ||
    board.readOnly ||
    (view?.schemaVersion ?? 0) > SCHEMA_VERSION;
  const undo = useBoardUndo(
    board.doc,
    localUserContext(me.id).origin,
    view !== null && view.kind !== 'canvas' && !readOnly,
  );
  const openRole = role.state.kind === 'known' ? role.state.role : null;
  const chrome = useMemo<BoardChrome>(
    () => ({
      board:
        board.doc && openKind !== undefined && openTitle !== undefined && openRole !== null
          ? { id, kind: openKind, title: openTitle, doc: board.doc, role: openRole }
          : null,
      waitingChanges: board.waitingChanges,
      undo,
    }),
    [id, board.doc, openKind, openTitle, openRole, board.waitingChanges, undo],
  );

  const refusalReason = board.error ?? (notFound ? 'not-found' : null);
  if (refusalReason !== null) {
    const refusal = describeBoardRefusal(refusalReason);
    return (
      <FullPageMessage title={refusal.title} tone="alert">
        <p>{refusal.explanation}</p>
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }

  if (role.state.kind === 'failed') {
    return (
      <FullPageMessage title="Could not open this board" tone="alert">
        <p>{role.state.message}</p>
        <button type="button" className="button" onClick={role.retry}>
          Try again
        </button>
      </FullPageMessage>
    );
  }

  if (!board.doc || !view || !board.synced || role.state.kind === 'loading') {
    return (
      <main className="board-page board-page--loading" aria-busy="true">
        <div className="board-header">
          <p className="board-header__title board-header__title--placeholder">Loading board…</p>
          <div className="board-header__tools">
            <SyncStatusIndicator status={board.status} waitingChanges={board.waitingChanges} />
          </div>
        </div>
        {(board.status === 'offline' || board.status === 'waiting') && (
          <p className="notice">
            Cannot reach the Cairn server. The board opens as soon as the connection returns.
          </p>
        )}
      </main>
    );
  }

  if (view.schemaVersion === 0) {
    return (
      <FullPageMessage title="Board not found">
        <p>There is no board at this address. It may have been deleted, or the link mistyped.</p>
        <Link className="button" to="/">
          See your boards
        </Link>
      </FullPageMessage>
    );
  }

  return (
    <Suspense fallback={<FullPageMessage title="Opening board…" tone="busy" />}>
      <BoardChromeContext.Provider value={chrome}>
        <KindBoard
          key={id}
          boardId={id}
          doc={board.doc}
          view={view}
          status={board.status}
          presence={presence}
          awareness={board.provider?.awareness ?? null}
          stateless={board.stateless}
          me={me}
          role={role.state.role}
          readOnly={!canEdit(role.state.role) || board.readOnly}
        />
      </BoardChromeContext.Provider>
    </Suspense>
  );
}
