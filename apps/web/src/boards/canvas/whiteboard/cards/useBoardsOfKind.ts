import { useEffect, useState } from 'react';
import type { BoardSummary } from '../../../../api/apiTypes';
import { useSession } from '../../../../auth/useSession';

/** The boards a picker offers, or why they could not be listed; null while loading. */
export interface BoardsOfKind {
  readonly boards: readonly BoardSummary[] | null;
  readonly error: string | null;
}

/** The boards of `kind` (GET /api/boards), fetched once when the picker opens, by title. */
export function useBoardsOfKind(kind: string): BoardsOfKind {
  const { api } = useSession();
  const [state, setState] = useState<BoardsOfKind>({ boards: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    api.listBoards(controller.signal).then(
      (boards) =>
        setState({
          boards: boards
            .filter((board) => board.kind === kind)
            .sort((a, b) => a.title.localeCompare(b.title)),
          error: null,
        }),
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          boards: [],
          error: failure instanceof Error ? failure.message : String(failure),
        });
      },
    );
    return () => controller.abort();
  }, [api, kind]);
  return state;
}
