import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError';
import type { Role } from '../api/apiTypes';
import type { AccessApi } from '../api/accessApi';
import { messageOf } from '../api/messageOf';

/** The person's role on one board, as GET /api/boards/:id/role last answered. */
export type BoardRoleState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'known'; readonly role: Role }
  /** `status` 404: no role on the board (or no such board: the server does not say which). */
  | { readonly kind: 'failed'; readonly status: number; readonly message: string };

/**
 * Fetches the person's role on board `boardId`, and again whenever `authentications` (the
 * board connection's count of accepted authentications) passes 1: the server closes the socket
 * when a role changes, and the reconnect is the moment to ask. The role last known stays while
 * it is asked again, so the board does not flicker.
 */
export function useBoardRole(
  api: Pick<AccessApi, 'getBoardRole'>,
  boardId: string,
  authentications: number,
): { readonly state: BoardRoleState; readonly retry: () => void } {
  // Which board the state answers for: a page that moves to another board must not show it
  // with the last board's role while it asks.
  const [answer, setAnswer] = useState<{ boardId: string; state: BoardRoleState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The first authentication comes with the first load, which asks already.
  const generation = Math.max(1, authentications);

  useEffect(() => {
    const controller = new AbortController();
    api.getBoardRole(boardId, controller.signal).then(
      (role) => setAnswer({ boardId, state: { kind: 'known', role } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = error instanceof ApiError ? error.status : 0;
        setAnswer({ boardId, state: { kind: 'failed', status, message: messageOf(error) } });
      },
    );
    return () => controller.abort();
  }, [api, boardId, generation, attempt]);

  const retry = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);

  const state: BoardRoleState =
    answer !== null && answer.boardId === boardId ? answer.state : { kind: 'loading' };
  return { state, retry };
}
