import { useEffect } from 'react';
import type * as Y from 'yjs';
import { compareVersions } from './historyApi';
import { showComparison, type ActiveComparison } from './comparisonStore';

/** How long the board must be still before a comparison with now is fetched again. */
const REFRESH_DELAY_MS = 1_000;

/**
 * Keeps a comparison with `now` current while the board changes: after edits (anyone's) settle,
 * the comparison is fetched again, so the marks on the board follow the board. A comparison of
 * two versions never changes and is left alone.
 */
export function useLiveComparison(
  comparison: ActiveComparison | null,
  doc: Y.Doc | undefined,
  token: string,
): void {
  useEffect(() => {
    if (!comparison || !doc || comparison.diff.to.id !== 'now') return undefined;
    const { boardId } = comparison;
    const from = comparison.diff.from.id;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      compareVersions(token, boardId, from, 'now').then(
        (diff) => {
          if (!controller.signal.aborted) showComparison({ boardId, diff });
        },
        // The marks stay as they were; the next edit tries again.
        () => undefined,
      );
    };
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DELAY_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      controller.abort();
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [comparison, doc, token]);
}
