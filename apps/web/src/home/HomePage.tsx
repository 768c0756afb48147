import { useCallback, useEffect, useState } from 'react';
import type { BoardSummary } from '../api/apiTypes';
import { canEdit } from '../auth/canEdit';
import { useSession } from '../auth/useSession';
import { BoardList } from './BoardList';
import { CreateBoardForm } from './CreateBoardForm';
import './home.css';

type BoardsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly boards: readonly BoardSummary[]; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Route `/`: the boards, and for editors and admins a form to start a roadmap. */
export function HomePage() {
  const { api, me } = useSession();
  const [boards, setBoards] = useState<BoardsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = 'Boards · Cairn';
    const controller = new AbortController();
    api.listBoards(controller.signal).then(
      (list) => setBoards({ kind: 'loaded', boards: list, at: Date.now() }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
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
  }, [api, attempt]);

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
        {boards.kind === 'loaded' && <BoardList boards={boards.boards} now={boards.at} />}
      </div>
      {canEdit(me.role) ? (
        <aside className="home__create">
          <CreateBoardForm />
        </aside>
      ) : (
        <aside className="home__create home__create--read-only">
          <p>
            <span className="badge badge--view-only">View only</span> You can open and read boards.
            Ask an admin for an editor link to create or change them.
          </p>
        </aside>
      )}
    </main>
  );
}
