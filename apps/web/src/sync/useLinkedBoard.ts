import { useCallback, useSyncExternalStore } from 'react';
import { collabUrl } from './collabUrl';
import { LinkedBoardPool, type LinkedBoardState } from './LinkedBoardPool';

/** One pool per token, for the life of the tab: a tab normally holds one token. */
const pools = new Map<string, LinkedBoardPool>();

function poolFor(token: string): LinkedBoardPool {
  let pool = pools.get(token);
  if (!pool) {
    pool = new LinkedBoardPool(collabUrl(), token);
    pools.set(token, pool);
  }
  return pool;
}

/**
 * Board `boardId`, opened live with `token` while the component is mounted: cards of the
 * whiteboard read and write the roadmap or personas board they mirror through it. Components
 * asking for the same board share one document and provider (see {@link LinkedBoardPool}).
 */
export function useLinkedBoard(token: string, boardId: string): LinkedBoardState {
  const pool = poolFor(token);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const lease = pool.acquire(boardId);
      const unsubscribe = lease.subscribe(onChange);
      return () => {
        unsubscribe();
        lease.release();
      };
    },
    [pool, boardId],
  );
  return useSyncExternalStore(subscribe, () => pool.stateOf(boardId));
}
