import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import type { BoardSummary } from '../api/apiTypes';
import { canEdit } from '../auth/canEdit';
import { useSession } from '../auth/useSession';
import { ApiError } from '../api/ApiError';
import { recallBoards, rememberBoards } from '../offline/rememberedSession';
import { RelativeTime } from '../ui/RelativeTime';
import { BoardGroups } from './BoardGroups';
import { CreateBoardForm } from './CreateBoardForm';
import { matchesSearch } from './matchesSearch';
import { RecentBoards } from './RecentBoards';
import './home.css';

type BoardsState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'loaded';
      readonly boards: readonly BoardSummary[];
      readonly at: number;
      /** The server could not be reached: this is the list it gave at this time (ms). */
      readonly rememberedFrom: number | null;
    }
  | { readonly kind: 'failed'; readonly message: string };

interface WorkspaceBoardsProps {
  readonly boards: readonly BoardSummary[];
  readonly now: number;
}

/** Search, the recently changed boards, and every board grouped by kind. */
function WorkspaceBoards({ boards, now }: WorkspaceBoardsProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searching = query.trim() !== '';
  const matches = searching ? boards.filter((board) => matchesSearch(board.title, query)) : boards;

  if (boards.length === 0) {
    return <p className="board-list__empty">No boards yet.</p>;
  }
  return (
    <>
      <div className="home__search" role="search">
        <label htmlFor={searchId} className="home__search-label">
          Search boards
        </label>
        <input
          id={searchId}
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder="Type part of a title"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <p className="home__search-result" role="status">
        {searching
          ? `${matches.length} ${matches.length === 1 ? 'board matches' : 'boards match'}`
          : ''}
      </p>
      {!searching && <RecentBoards boards={boards} now={now} />}
      {searching && matches.length === 0 ? (
        <p className="board-list__empty">No board title contains “{query.trim()}”.</p>
      ) : (
        <section className="home__section" aria-labelledby={`${searchId}-all`}>
          <h2 id={`${searchId}-all`} className="home__section-heading">
            {searching ? 'Matching boards' : 'All boards'}
          </h2>
          <BoardGroups boards={matches} now={now} hideEmpty={searching} />
        </section>
      )}
    </>
  );
}

/** Route `/`: the boards the person can open, and for workspace editors and admins a form to start one. */
export function HomePage() {
  const { api, me, token, offline } = useSession();
  const [boards, setBoards] = useState<BoardsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = 'Boards · Cairn';
    const controller = new AbortController();
    api.listBoards(controller.signal).then(
      (list) => {
        rememberBoards(token, me, list);
        setBoards({ kind: 'loaded', boards: list, at: Date.now(), rememberedFrom: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const unreachable =
          error instanceof ApiError && (error.status === 0 || error.status >= 500);
        const remembered = unreachable ? recallBoards(token, me) : null;
        if (remembered) {
          setBoards({
            kind: 'loaded',
            boards: remembered.value,
            at: Date.now(),
            rememberedFrom: remembered.at,
          });
          return;
        }
        setBoards({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => {
      controller.abort();
      document.title = 'Cairn';
    };
    // `offline` turning false (the server answered again) lists the boards afresh.
  }, [api, token, me, offline, attempt]);

  const retry = useCallback(() => {
    setBoards({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return (
    <main className="home">
      <div className="home__boards">
        <h1 className="home__heading">Boards</h1>
        {boards.kind === 'loading' && (
          <p className="home__loading" aria-busy="true">
            Loading boards…
          </p>
        )}
        {boards.kind === 'failed' && (
          <div className="form-error" role="alert">
            <p>Could not load the boards: {boards.message}</p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </div>
        )}
        {boards.kind === 'loaded' && boards.rememberedFrom !== null && (
          <p className="notice" role="status">
            Offline: these are your boards as of{' '}
            <RelativeTime ms={boards.rememberedFrom} now={boards.at} />. Boards opened on this
            device open and take edits; they are sent when the connection returns.
          </p>
        )}
        {boards.kind === 'loaded' && <WorkspaceBoards boards={boards.boards} now={boards.at} />}
      </div>
      {me.role !== null && canEdit(me.role) ? (
        <aside className="home__create">
          <CreateBoardForm />
          <p className="home__import">
            <Link to="/import">Import a board from a file</Link> (Cairn JSON, CSV or Jira CSV)
          </p>
        </aside>
      ) : (
        <aside className="home__create home__create--read-only">
          <p>
            {me.role === null ? (
              <>
                You can open the boards shared with you. Ask a workspace admin for the editor role
                to create boards.
              </>
            ) : (
              <>
                <span className="badge badge--view-only">View only</span> You can open and read
                boards. Ask a workspace admin for the editor role to create or change them.
              </>
            )}
          </p>
        </aside>
      )}
    </main>
  );
}
