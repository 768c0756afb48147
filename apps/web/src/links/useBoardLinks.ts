import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { fetchBoardLinks, type BoardLinks } from './linkApi';

/** How long document changes are gathered before the links are fetched again. */
const REFETCH_DELAY_MS = 300;

/** The board's links as the server's index resolves them, or why they could not be fetched. */
export interface BoardLinksState {
  readonly links: BoardLinks | null;
  readonly error: string | null;
}

/**
 * Fetches the links of board `boardId` when mounted (the panel opens) and again shortly after
 * the document changes, so names and incoming links follow edits made here and elsewhere.
 */
export function useBoardLinks(token: string, boardId: string, doc: Y.Doc): BoardLinksState {
  const [state, setState] = useState<BoardLinksState>({ links: null, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = (): void => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((current) => current + 1);
      }, REFETCH_DELAY_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [doc]);

  useEffect(() => {
    const controller = new AbortController();
    fetchBoardLinks(token, boardId, controller.signal).then(
      (links) => setState({ links, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState((current) => ({ links: current.links, error: message }));
      },
    );
    return () => controller.abort();
  }, [token, boardId, version]);

  return state;
}
