import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError';
import { fetchThreads } from '../api/commentsApi';
import type { Thread } from '../api/commentTypes';
import type { StatelessChannel } from '../sync/StatelessChannel';
import {
  applyCommentsMessage,
  parseCommentsMessage,
  replayMissed,
  type CommentsMessage,
} from './threadList';

export interface BoardThreads {
  readonly threads: readonly Thread[];
  readonly loading: boolean;
  readonly loadError: string | null;
  /** Fetches the whole list again (after a write whose live message may not come). */
  readonly refresh: () => Promise<void>;
  /** Takes a thread the server answered with, as if it came live. */
  readonly applyThread: (thread: Thread) => void;
}

interface ListState {
  readonly threads: readonly Thread[];
  readonly loading: boolean;
  readonly loadError: string | null;
}

/**
 * The board's threads: `GET …/comments` when the board opens and again whenever the socket
 * comes back (messages sent while it was down are lost), kept live by the stateless
 * `{"type":"comments"}` messages. A list fetched while live messages arrive may predate them,
 * so every message received during a fetch is applied again on top of its answer.
 */
export function useBoardThreads(
  token: string,
  boardId: string,
  stateless: StatelessChannel | null,
  online: boolean,
): BoardThreads {
  const [state, setState] = useState<ListState>({ threads: [], loading: true, loadError: null });
  // Counts reconnections; each one fetches the list again.
  const [connection, setConnection] = useState({ online, count: 0 });
  if (connection.online !== online) {
    setConnection({ online, count: online ? connection.count + 1 : connection.count });
  }
  // One buffer per fetch in flight, collecting the messages it may have missed.
  const inFlight = useRef(new Set<CommentsMessage[]>());

  const apply = useCallback((message: CommentsMessage) => {
    for (const buffer of inFlight.current) buffer.push(message);
    setState((current) => ({
      ...current,
      threads: applyCommentsMessage(current.threads, message),
    }));
  }, []);

  useEffect(() => {
    if (stateless === null) return undefined;
    return stateless.subscribe((payload) => {
      const message = parseCommentsMessage(payload);
      if (message !== null) apply(message);
    });
  }, [stateless, apply]);

  /** Fetches the list; resolves with it (plus what it missed), or with the reason it failed. */
  const fetchList = useCallback(
    async (signal?: AbortSignal): Promise<Partial<ListState>> => {
      const missed: CommentsMessage[] = [];
      inFlight.current.add(missed);
      try {
        const fetched = await fetchThreads(token, boardId, signal);
        return {
          threads: replayMissed(fetched, missed),
          loading: false,
          loadError: null,
        };
      } catch (error) {
        const loadError =
          error instanceof ApiError ? error.message : 'The comments could not be loaded.';
        return { loading: false, loadError };
      } finally {
        inFlight.current.delete(missed);
      }
    },
    [token, boardId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void fetchList(controller.signal).then((next) => {
      if (!controller.signal.aborted) setState((current) => ({ ...current, ...next }));
    });
    return () => controller.abort();
  }, [fetchList, connection.count]);

  const refresh = useCallback(async () => {
    const next = await fetchList();
    setState((current) => ({ ...current, ...next }));
  }, [fetchList]);
  const applyThread = useCallback((thread: Thread) => apply({ type: 'thread', thread }), [apply]);

  return { ...state, refresh, applyThread };
}
