import { readLinks, type LinkTarget } from '@cairn/model';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/** The entry's Y.Map, or undefined when it is missing, deleted or a foreign value. */
function entryMap(doc: Y.Doc, collection: string, entryId: string): Y.Map<unknown> | undefined {
  try {
    const entry = doc.getMap<unknown>(collection).get(entryId);
    return entry instanceof Y.Map ? (entry as Y.Map<unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The links stored on one entry, live: re-read after every change of the document. The
 * snapshot is their JSON, a string, so React sees a change only when the links really change.
 */
export function useOutgoingLinks(
  doc: Y.Doc,
  collection: string,
  entryId: string,
): readonly LinkTarget[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const json = useSyncExternalStore(subscribe, () => {
    const entry = entryMap(doc, collection, entryId);
    return JSON.stringify(entry ? readLinks(entry) : []);
  });
  return useMemo(() => JSON.parse(json) as LinkTarget[], [json]);
}
